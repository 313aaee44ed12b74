"""DMP benchmark: see docs/performance.md. Run through scripts/bench."""
import argparse
import base64
import concurrent.futures
import datetime
import hashlib
import json
import os
import pathlib
import random
import re
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
import urllib.request
import uuid

import requests

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ["DMP_BINARY"]
TEST_OID = "1.2.250.1.213.1.4.10"
GP_IDNPS = "810999900011"  # the development issuer's GP (`dmp token --professional gp`)
NOS = "https://mos.esante.gouv.fr/NOS"
WRK_SCRIPT = pathlib.Path(__file__).with_name("wrk.lua")
PGBIN = next(iter(sorted(pathlib.Path("/usr/lib/postgresql").glob("*/bin"))), None)


def ins_with_key(body: str) -> str:
    return body + "%02d" % (97 - int(body) % 97)


def make_cda(ins: str, unique_id: str, size: int) -> bytes:
    header = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="1.2.250.1.213.1.1.1.1"/>
  <id root="{unique_id}"/>
  <code code="11488-4" codeSystem="2.16.840.1.113883.6.1" displayName="CR de consultation"/>
  <title>Compte rendu de consultation</title>
  <effectiveTime value="20250301100000+0100"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="fr-FR"/>
  <recordTarget><patientRole><id root="{TEST_OID}" extension="{ins}"/></patientRole></recordTarget>
  <author><time value="20250301100000+0100"/><assignedAuthor><id root="1.2.250.1.71.4.2.1" extension="{GP_IDNPS}"/></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="1.2.250.1.71.4.2.2" extension="1750999906"/></representedCustodianOrganization></assignedCustodian></custodian>
  <documentationOf><serviceEvent><effectiveTime><low value="20250301100000+0100"/></effectiveTime></serviceEvent></documentationOf>
  <component><structuredBody><component><section><title>Observations</title><text>"""
    footer = "</text></section></component></structuredBody></component>\n</ClinicalDocument>\n"
    filler = "Examen clinique sans particularité. " * (max(0, size - len(header) - len(footer)) // 36 + 1)
    return (header + filler[: max(0, size - len(header) - len(footer))] + footer).encode()


def provide_bundle(ins: str, cda: bytes, unique_id: str) -> dict:
    author = {"resourceType": "Practitioner", "id": "author", "identifier": [{"system": "urn:oid:1.2.250.1.71.4.2.1", "value": GP_IDNPS}]}
    subject = {"reference": f"Patient?identifier=urn:oid:{TEST_OID}|{ins}"}
    sector = {"coding": [{"system": f"{NOS}/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite", "code": "SA07"}]}
    when = "2025-03-01T10:00:00+01:00"
    return {"resourceType": "Bundle", "type": "transaction", "entry": [
        {"fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000001", "request": {"method": "POST", "url": "List"}, "resource": {
            "resourceType": "List", "contained": [author], "status": "current", "mode": "working", "subject": subject, "date": when,
            "extension": [
                {"url": "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-designationType", "valueCodeableConcept": sector},
                {"url": "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-sourceId", "valueIdentifier": {"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.2.250.1.999.1.1"}}],
            "code": {"coding": [{"system": "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes", "code": "submissionset"}]},
            "source": {"reference": "#author"}, "entry": [{"item": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000002"}}]}},
        {"fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000002", "request": {"method": "POST", "url": "DocumentReference"}, "resource": {
            "resourceType": "DocumentReference", "contained": [author],
            "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:oid:{unique_id}"}, "status": "current",
            "type": {"coding": [{"system": "http://loinc.org", "code": "11488-4"}]},
            "category": [{"coding": [{"system": f"{NOS}/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument", "code": "10"}]}],
            "subject": subject, "date": when, "author": [{"reference": "#author"}], "authenticator": {"reference": "#author"},
            "securityLabel": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "N"}]}],
            "content": [{"attachment": {"contentType": "text/xml", "language": "fr-FR", "url": "urn:uuid:00000000-0000-0000-0000-000000000003",
                                        "size": len(cda), "hash": base64.b64encode(hashlib.sha1(cda).digest()).decode(),
                                        "title": "Compte rendu de consultation", "creation": when},
                         "format": {"system": f"{NOS}/TRE_A06-FormatCodeComplementaire/FHIR/TRE-A06-FormatCodeComplementaire", "code": "urn:asipSante:modelesHorsProfils:2011"}}],
            "context": {"period": {"start": when}, "facilityType": sector,
                        "practiceSetting": {"coding": [{"system": f"{NOS}/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice", "code": "AMBULATOIRE"}]}}}},
        {"fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000003", "request": {"method": "POST", "url": "Binary"},
         "resource": {"resourceType": "Binary", "contentType": "text/xml", "data": base64.b64encode(cda).decode()}},
    ]}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, engine: str, postgres_url: str | None):
        self.directory = tempfile.mkdtemp(prefix=f"dmp-bench-{engine}-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/fhir"
        self.database = None
        env = dict(os.environ, DMP_DATA_DIR=self.directory, DMP_HTTP_PORT=str(self.port), DMP_AUTH_DEVELOPMENT="true",
                   DMP_LOG_LEVEL="error")
        env.pop("DMP_DATABASE_URL", None)
        if engine == "postgres":
            self.database = "dmp_bench_" + uuid.uuid4().hex[:12]
            self.admin = postgres_url
            subprocess.run(["psql", postgres_url, "-q", "-c", f"CREATE DATABASE {self.database}"], check=True)
            env["DMP_DATABASE_URL"] = postgres_url.rsplit("/", 1)[0] + "/" + self.database
        self.env = env
        self.process = subprocess.Popen([BINARY, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        self.token = subprocess.run([BINARY, "token", "--professional", "gp", "--lifetime", "86400"], env=env,
                                    check=True, capture_output=True, text=True).stdout.strip()

    def peak_rss_mb(self) -> float:
        status = pathlib.Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024

    def rss_mb(self) -> float:
        status = pathlib.Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        if self.database:
            subprocess.run(["psql", self.admin, "-q", "-c", f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)"], check=False)


def publish(server: Server, patients: list[str], documents: int, concurrency: int, cda_size: int) -> dict:
    jobs = [(ins, f"2.25.{uuid.uuid4().int}") for ins in patients for _ in range(documents)]
    random.shuffle(jobs)
    prepared = [json.dumps(provide_bundle(ins, make_cda(ins, uid, cda_size), uid)).encode() for ins, uid in jobs]
    headers = {"Content-Type": "application/fhir+json", "Authorization": f"Bearer {server.token}"}
    local = threading.local()

    def send(body):
        if not hasattr(local, "session"):
            local.session = requests.Session()
        session = local.session
        started = time.perf_counter()
        response = session.post(server.base, data=body, headers=headers, timeout=120)
        if response.status_code != 200:
            raise RuntimeError(f"publish failed: {response.status_code} {response.text[:300]}")
        return time.perf_counter() - started

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(send, prepared))
    elapsed = time.perf_counter() - started
    return {"documents": len(prepared), "seconds": round(elapsed, 2), "docs_per_s": round(len(prepared) / elapsed, 1),
            "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1), "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 1)}


def parse_wrk(output: str) -> dict:
    def ms(value: str, unit: str) -> float:
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"req_per_s": round(rps, 1), "p50_ms": round(percentiles.get("50", 0), 2), "p99_ms": round(percentiles.get("99", 0), 2),
            "non_2xx": int(errors.group(1)) if errors else 0}


def wrk(url: str, token: str, duration: int, connections: int, delay_ms: float = 0) -> dict:
    env = dict(os.environ, WRK_TOKEN=f"Bearer {token}", WRK_DELAY_MS=str(delay_ms))
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(WRK_SCRIPT), url],
                            env=env, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def search_url(server: Server, ins: str) -> str:
    return f"{server.base}/DocumentReference?patient.identifier=urn%3Aoid%3A{TEST_OID}%7C{ins}&status=current"


def raw_sqlite(rows: int, duration: int, patients: list[str]) -> dict:
    directory = tempfile.mkdtemp(prefix="dmp-raw-sqlite-")
    db = sqlite3.connect(os.path.join(directory, "raw.sqlite"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE d (patient_key TEXT, entry_uuid TEXT, is_current INTEGER, status TEXT, creation_time INTEGER, metadata_json TEXT, PRIMARY KEY (patient_key, entry_uuid))")
    db.execute("CREATE INDEX d_current ON d (patient_key, is_current, status, creation_time)")
    db.execute("CREATE TABLE c (patient_key TEXT, entry_uuid TEXT, kind TEXT, system TEXT, code TEXT)")
    db.execute("CREATE INDEX c_lookup ON c (patient_key, entry_uuid, kind, code)")
    body = "x" * 3000
    started = time.perf_counter()
    for n in range(rows):
        key = patients[n % len(patients)]
        uid = str(uuid.uuid4())
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO d VALUES (?, ?, 1, 'approved', ?, ?)", (key, uid, n, body))
        for kind in ("confidentiality", "author_id", "author_family"):
            db.execute("INSERT INTO c VALUES (?, ?, ?, '', 'v')", (key, uid, kind))
        db.execute("COMMIT")
    inserts = rows / (time.perf_counter() - started)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < duration:
        db.execute("SELECT metadata_json FROM d WHERE patient_key = ? AND is_current = 1 AND status IN ('approved', 'archived') ORDER BY creation_time DESC LIMIT 20",
                   (patients[count % len(patients)],)).fetchall()
        count += 1
    return {"inserts_per_s": round(inserts, 1), "selects_per_s": round(count / duration, 1)}


def raw_postgres(url: str, rows: int, duration: int) -> dict:
    name = "dmp_raw_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", url, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    target = url.rsplit("/", 1)[0] + "/" + name
    try:
        subprocess.run(["psql", target, "-q", "-c", """
            CREATE TABLE d (patient_key TEXT, entry_uuid TEXT, is_current BIGINT, status TEXT, creation_time BIGINT, metadata_json TEXT, PRIMARY KEY (patient_key, entry_uuid));
            CREATE INDEX d_current ON d (patient_key, is_current, status, creation_time);
            CREATE TABLE c (patient_key TEXT, entry_uuid TEXT, kind TEXT, system TEXT, code TEXT);
            CREATE INDEX c_lookup ON c (patient_key, entry_uuid, kind, code);"""], check=True)
        scripts = pathlib.Path(tempfile.mkdtemp(prefix="dmp-pgbench-"))
        (scripts / "insert.sql").write_text("""\\set p random(1, 50)
\\set n random(1, 1000000000)
BEGIN;
INSERT INTO d VALUES ('p' || :p, 'u' || :n || '-' || random(), 1, 'approved', :n, repeat('x', 3000));
INSERT INTO c VALUES ('p' || :p, 'u' || :n, 'confidentiality', '', 'v');
INSERT INTO c VALUES ('p' || :p, 'u' || :n, 'author_id', '', 'v');
INSERT INTO c VALUES ('p' || :p, 'u' || :n, 'author_family', '', 'v');
COMMIT;
""")
        (scripts / "select.sql").write_text("""\\set p random(1, 50)
SELECT metadata_json FROM d WHERE patient_key = 'p' || :p AND is_current = 1 AND status IN ('approved', 'archived') ORDER BY creation_time DESC LIMIT 20;
""")
        pgbench = str(PGBIN / "pgbench") if PGBIN else "pgbench"

        def run(script: str, extra: list[str]) -> float:
            out = subprocess.run([pgbench, "-n", "-c", "8", "-j", "2", "-f", str(scripts / script), *extra, target],
                                 check=True, capture_output=True, text=True).stdout
            return float(re.search(r"tps = ([\d.]+)", out).group(1))

        return {"inserts_per_s": round(run("insert.sql", ["-t", str(max(1, rows // 8))]), 1),
                "selects_per_s": round(run("select.sql", ["-T", str(duration)]), 1)}
    finally:
        subprocess.run(["psql", url, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=False)


def large_document(server: Server, megabytes: int) -> dict:
    """ITI-105 of a `megabytes` MB PDF, then its retrieval, watching the server's memory."""
    ins = ins_with_key("1" + "".join(random.choice("0123456789") for _ in range(12)))
    pdf = b"%PDF-1.4\n" + os.urandom(megabytes * 1024 * 1024) + b"\n%%EOF\n"
    before = server.rss_mb()
    document = {
        "resourceType": "DocumentReference",
        "contained": [{"resourceType": "Practitioner", "id": "a", "identifier": [{"system": "urn:oid:1.2.250.1.71.4.2.1", "value": GP_IDNPS}]}],
        "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:oid:2.25.{uuid.uuid4().int}"}, "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11488-4"}]}, "subject": {"reference": f"Patient?identifier=urn:oid:{TEST_OID}|{ins}"},
        "date": "2025-03-01T10:00:00+01:00", "author": [{"reference": "#a"}],
        "content": [{"attachment": {"contentType": "application/pdf", "title": "Gros document", "data": base64.b64encode(pdf).decode()}}],
        "context": {"facilityType": {"coding": [{"system": f"{NOS}/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite", "code": "SA07"}]},
                    "practiceSetting": {"coding": [{"system": f"{NOS}/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice", "code": "AMBULATOIRE"}]}},
    }
    started = time.perf_counter()
    response = requests.post(f"{server.base}/DocumentReference", data=json.dumps(document), timeout=600,
                             headers={"Content-Type": "application/fhir+json", "Authorization": f"Bearer {server.token}"})
    upload = time.perf_counter() - started
    if response.status_code != 201:
        return {"megabytes": megabytes, "error": f"{response.status_code} {response.text[:200]}"}
    url = response.json()["content"][0]["attachment"]["url"]
    started = time.perf_counter()
    digest = hashlib.sha256()
    with requests.get(url, headers={"Authorization": f"Bearer {server.token}"}, stream=True, timeout=600) as r:
        for chunk in r.iter_content(1 << 20):
            digest.update(chunk)
    download = time.perf_counter() - started
    return {"megabytes": megabytes, "upload_s": round(upload, 2), "retrieve_s": round(download, 2),
            "identical": digest.hexdigest() == hashlib.sha256(pdf).hexdigest(),
            "rss_before_mb": round(before, 1), "peak_rss_after_mb": round(server.peak_rss_mb(), 1)}


def bench_engine(engine: str, args, postgres_url: str | None) -> dict:
    server = Server(engine, postgres_url)
    try:
        patients = [ins_with_key(f"1{random.randrange(10**11, 10**12)}") for _ in range(args.patients)]
        result = {"engine": engine, "publish": publish(server, patients, args.documents, args.concurrency, args.cda_size)}
        url = search_url(server, patients[0])
        # Consulting needs the patient's consent, declared by the professional (FHIR Consent).
        consent = {"resourceType": "Consent", "status": "active", "patient": {"reference": f"Patient?identifier=urn:oid:{TEST_OID}|{patients[0]}"}}
        declared = requests.post(f"{server.base}/Consent", json=consent, timeout=30,
                                 headers={"Content-Type": "application/fhir+json", "Authorization": f"Bearer {server.token}"})
        assert declared.status_code == 201, declared.text
        check = requests.get(url, headers={"Authorization": f"Bearer {server.token}"}, timeout=30).json()
        assert check["total"] == args.documents, check
        result["search_max"] = wrk(url, server.token, args.duration, 16)
        half = result["search_max"]["req_per_s"] / 2
        connections = 8
        # Each connection waits so that together they send `half` requests per second: the
        # period of one connection minus the time one request takes when the server is not
        # saturated (1 / max rate), not the queueing latency measured at saturation.
        delay = max(0.0, connections * 1000 / max(half, 1) - 1000 / max(result["search_max"]["req_per_s"], 1))
        result["search_half_load"] = dict(wrk(url, server.token, args.duration, connections, delay), target_req_per_s=round(half, 1))
        binary = check["entry"][0]["resource"]["content"][0]["attachment"]["url"]
        result["retrieve"] = wrk(binary, server.token, args.duration, 16)
        result["peak_rss_mb"] = round(server.peak_rss_mb(), 1)
        if args.large:
            result["large_document"] = large_document(server, args.large)
        return result
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description="DMP benchmark (docs/performance.md)")
    parser.add_argument("--patients", type=int, default=50)
    parser.add_argument("--documents", type=int, default=20, help="documents per patient (the searched patient has this many)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent publishing clients")
    parser.add_argument("--cda-size", type=int, default=50_000)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--large", type=int, default=0, help="also publish and retrieve one document of this many MB")
    args = parser.parse_args()
    postgres_url = os.environ.get("DMP_BENCH_POSTGRES_URL")
    report = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(), "machine": {"cpus": os.cpu_count()},
              "parameters": vars(args), "engines": []}
    for engine in args.engines.split(","):
        result = bench_engine(engine, args, postgres_url)
        rows = args.patients * args.documents
        raw = raw_sqlite(rows, args.duration, [f"p{i}" for i in range(args.patients)]) if engine == "sqlite" else raw_postgres(postgres_url, rows, args.duration)
        result["raw_database"] = raw
        result["ratio_publish_to_raw_inserts"] = round(result["publish"]["docs_per_s"] / raw["inserts_per_s"], 3)
        result["ratio_search_to_raw_selects"] = round(result["search_max"]["req_per_s"] / raw["selects_per_s"], 3)
        report["engines"].append(result)
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    path = out / f"bench-{datetime.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2))
    print_table(report)
    print(f"\nJSON: {path}")


def print_table(report: dict):
    print(f"{'measure':44} " + " ".join(f"{e['engine']:>14}" for e in report["engines"]))
    def row(label, getter):
        print(f"{label:44} " + " ".join(f"{getter(e):>14}" for e in report["engines"]))
    row("publish docs/s (ITI-65, 1 CDA per bundle)", lambda e: e["publish"]["docs_per_s"])
    row("publish p50 / p99 ms", lambda e: f"{e['publish']['p50_ms']}/{e['publish']['p99_ms']}")
    row("search req/s (ITI-67, 20 docs, max)", lambda e: e["search_max"]["req_per_s"])
    row("search p50 / p99 ms at max", lambda e: f"{e['search_max']['p50_ms']}/{e['search_max']['p99_ms']}")
    row("search req/s at half load", lambda e: e["search_half_load"]["req_per_s"])
    row("search p50 / p99 ms at half load", lambda e: f"{e['search_half_load']['p50_ms']}/{e['search_half_load']['p99_ms']}")
    row("retrieve req/s (ITI-68, 50 kB)", lambda e: e["retrieve"]["req_per_s"])
    row("server peak RSS MB", lambda e: e["peak_rss_mb"])
    row("raw DB inserts/s (same rows, 1 tx each)", lambda e: e["raw_database"]["inserts_per_s"])
    row("raw DB indexed selects/s", lambda e: e["raw_database"]["selects_per_s"])
    row("publish / raw inserts", lambda e: e["ratio_publish_to_raw_inserts"])
    row("search / raw selects", lambda e: e["ratio_search_to_raw_selects"])
    if any("large_document" in e for e in report["engines"]):
        row("large document", lambda e: json.dumps(e.get("large_document", {})))


if __name__ == "__main__":
    main()
