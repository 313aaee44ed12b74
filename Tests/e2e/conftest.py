"""Starts the real DMP server on loopback (once per database engine) for the end-to-end
tests, which drive it only through independent FHIR clients (fhirpy, requests) and check
every resource it returns with independent validators (fhirclient 4.4.0, fhirkit-rs).

Environment: DMP_BINARY (default .build/debug/dmp), DMP_TEST_POSTGRES_URL (PostgreSQL
server; the PostgreSQL run is skipped only when it is unset and DMP_REQUIRE_POSTGRES is
not 1), DMP_TEST_CORPUS (default ../shared/test-corpus beside the package)."""
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("DMP_BINARY", str(ROOT / ".build" / "debug" / "dmp"))
CORPUS = pathlib.Path(os.environ.get("DMP_TEST_CORPUS", str(ROOT.parent / "shared" / "test-corpus")))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def engines():
    if os.environ.get("DMP_TEST_POSTGRES_URL") or os.environ.get("DMP_REQUIRE_POSTGRES") == "1":
        return ["sqlite", "postgres"]
    return ["sqlite"]


class Server:
    def __init__(self, engine: str):
        self.engine = engine
        self.directory = tempfile.mkdtemp(prefix=f"dmp-e2e-{engine}-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/fhir"
        self.database = None
        env = dict(os.environ)
        env["DMP_DATA_DIR"] = self.directory
        env["DMP_HTTP_PORT"] = str(self.port)
        env["DMP_AUTH_DEVELOPMENT"] = "true"
        env["DMP_LOG_LEVEL"] = "warning"
        env.pop("DMP_DATABASE_URL", None)
        if engine == "postgres":
            server = os.environ.get("DMP_TEST_POSTGRES_URL")
            assert server, "DMP_TEST_POSTGRES_URL is not set: run scripts/test"
            self.database = "dmp_e2e_" + uuid.uuid4().hex
            subprocess.run(["psql", server, "-q", "-c", f"CREATE DATABASE {self.database}"], check=True)
            env["DMP_DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + self.database
            self.admin_url = server
        self.env = env
        self.log = open(os.path.join(self.directory, "server.log"), "w")
        self.process = subprocess.Popen([BINARY, "serve"], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        raise RuntimeError("the DMP server did not start: " + open(os.path.join(self.directory, "server.log")).read())

    def token(self, professional="gp", mode="normal", reason=None) -> str:
        command = [BINARY, "token", "--professional", professional, "--mode", mode]
        if reason:
            command += ["--reason", reason]
        return subprocess.run(command, env=self.env, check=True, capture_output=True, text=True).stdout.strip()

    def cli(self, *args: str) -> str:
        """Runs a `dmp` command against this server's data (operator acting for the holder)."""
        return subprocess.run([BINARY, *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        if self.database:
            subprocess.run(["psql", self.admin_url, "-q", "-c", f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)"], check=False)


@pytest.fixture(scope="module", params=engines())
def server(request):
    s = Server(request.param)
    yield s
    s.stop()
