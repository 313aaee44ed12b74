"""End-to-end holder API (`/api/v1/record`, docs/holder-api.md): the holder, with a holder
token minted by `dmp token --holder`, blocks a professional and reads who accessed the record."""
import requests

from fixtures import TEST_OID, new_patient, pdf_document, small_pdf
from test_access_control import NURSE, search, settings
from test_fhir_api import outcome, post


def record_url(server, path: str) -> str:
    return server.base.rsplit("/fhir", 1)[0] + "/api/v1/record" + path


def test_holder_blocks_and_reads_history(server):
    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("holder"))).status_code == 201
    settings(server, ins, "--authorise", NURSE)
    assert search(server, ins, server.token("nurse")).json()["total"] == 1
    holder = {"Authorization": "Bearer " + server.cli("token", "--holder", ins, "--authority", TEST_OID).strip()}

    blocked = requests.post(record_url(server, "/settings/blocked"), json={"idnps": NURSE}, headers=holder, timeout=10)
    assert blocked.status_code == 200, blocked.text
    assert NURSE in blocked.text
    outcome(search(server, ins, server.token("nurse")), 403, "forbidden")

    history = requests.get(record_url(server, "/history"), params={"limit": 50}, headers=holder, timeout=10)
    assert history.status_code == 200, history.text
    page = history.json()
    assert page["total"] >= 3 and len(page["events"]) == min(page["total"], 50)
    nurse_events = [e for e in page["events"] if e.get("actorId") == NURSE]
    assert {e["outcome"] for e in nurse_events} >= {"success", "refused"}, nurse_events
    second = requests.get(record_url(server, "/history"), params={"limit": 1, "offset": 1}, headers=holder, timeout=10).json()
    assert len(second["events"]) == 1 and second["total"] >= page["total"]

    professional = {"Authorization": f"Bearer {server.token('gp')}"}
    assert requests.get(record_url(server, "/settings"), headers=professional, timeout=10).status_code == 403
    anonymous = requests.get(record_url(server, "/settings"), timeout=10)
    assert anonymous.status_code == 401 and anonymous.headers["WWW-Authenticate"].startswith("Bearer")


def test_history_as_fhir_audit_events(server):
    """The holder reads the same history as FHIR AuditEvents, valid R4 for both validators."""
    from validators import assert_valid_r4

    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("audit"))).status_code == 201
    settings(server, ins, "--authorise", NURSE)
    assert search(server, ins, server.token("nurse")).status_code == 200
    holder = {"Authorization": "Bearer " + server.cli("token", "--holder", ins, "--authority", TEST_OID).strip()}
    response = requests.get(f"{server.base}/AuditEvent", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "_count": 10},
                            headers=holder, timeout=10)
    assert response.status_code == 200, response.text
    bundle = response.json()
    assert_valid_r4(bundle)
    assert bundle["total"] >= 3
    events = [entry["resource"] for entry in bundle["entry"]]
    for event in events:
        assert_valid_r4(event)
    assert any(e["agent"][0]["who"].get("identifier", {}).get("value") == NURSE and e["action"] == "E" for e in events)
    professional = requests.get(f"{server.base}/AuditEvent", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}"},
                                headers={"Authorization": f"Bearer {server.token('nurse')}"}, timeout=10)
    outcome(professional, 403)
