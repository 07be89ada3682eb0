# The few verbs people need. Everything installs from the package index into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE := .demo-store
EVAL_DIR ?= ../shared/eval/dev
EVAL_OUT := out/eval

.PHONY: install demo test test-neo4j neo4j-test-server lint eval bench clean

$(BIN)/osintkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/osintkg ## create .venv and install osintkg with its models and test tools

demo: install ## ingest the example articles and ask who supplied what to Russia
	rm -rf $(DEMO_STORE)
	$(BIN)/osintkg ingest examples --store $(DEMO_STORE)
	$(BIN)/osintkg transfers --recipient Russia --store $(DEMO_STORE)

test: install ## run the test suite (Neo4j tests too when OSINTKG_NEO4J_URI is set)
	$(BIN)/pytest

test-neo4j: install ## the whole suite again on a throwaway Neo4j 5 (needs java and mvn; jars from Maven Central)
	$(BIN)/python -m tools.neo4j_test_server run -- $(BIN)/pytest

neo4j-test-server: install ## start a throwaway Neo4j 5 and print its URI and settings, until Ctrl-C
	$(BIN)/python -m tools.neo4j_test_server serve

lint: install ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/mypy

eval: install ## score the extraction on the shared dev set (needs ../shared/eval)
	rm -rf out/eval-store $(EVAL_OUT)
	$(BIN)/osintkg ingest $(EVAL_DIR) --store out/eval-store --no-progress
	$(BIN)/osintkg export claims --format eval --out $(EVAL_OUT) --store out/eval-store
	$(BIN)/python $(EVAL_DIR)/../score.py $(EVAL_DIR) $(EVAL_OUT) --per-doc

bench: install ## run the benchmarks and print their table
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(DEMO_STORE) out .pytest_cache .mypy_cache .ruff_cache tools/neo4j-test-server/target
