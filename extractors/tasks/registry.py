"""Imports every shipped task so that its factory is registered under its versioned name."""

from extractors.tasks.transfer.task import TransferTask

__all__ = ["TransferTask"]
