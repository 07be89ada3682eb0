"""Imports every shipped task so that its factory is registered under its versioned name."""

from extractors.tasks.agreement.task import AgreementTask
from extractors.tasks.denial.task import DenialTask
from extractors.tasks.port_call.task import PortCallTask
from extractors.tasks.transfer.task import TransferTask

__all__ = ["AgreementTask", "DenialTask", "PortCallTask", "TransferTask"]
