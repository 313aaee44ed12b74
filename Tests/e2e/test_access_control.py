"""End-to-end access control over HTTP: break-the-glass and a blocked professional, with
the holder's choices applied through `dmp settings` (the support desk acting for them)."""
import requests

from fixtures import TEST_OID, new_patient, pdf_document, small_pdf
from test_fhir_api import outcome, post
from validators import assert_valid_r4

NURSE = "810999900029"


def search(server, ins, token):
    return requests.get(f"{server.base}/DocumentReference", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"},
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)


def settings(server, ins, *change):
    return server.cli("settings", "change", "--ins", ins, "--authority", TEST_OID, *change)


def test_break_the_glass(server):
    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("btg"))).status_code == 201
    outcome(search(server, ins, server.token("samu")), 403, "forbidden")  # no authorisation in normal mode
    emergency = server.token("samu", "bris_de_glace", "Patient inconscient admis aux urgences")
    found = search(server, ins, emergency)
    assert found.status_code == 200, found.text
    assert_valid_r4(found.json())
    assert found.json()["total"] == 1
    settings(server, ins, "--emergency", "BTG=deny")
    denied = search(server, ins, emergency)
    body = outcome(denied, 403, "forbidden")
    assert "BTG" in body["issue"][0]["details"]["coding"][0]["code"] or "EMERGENCY" in body["issue"][0]["details"]["coding"][0]["code"]
    centre15 = search(server, ins, server.token("samu", "centre_15"))
    assert centre15.status_code == 200 and centre15.json()["total"] == 1, "the SAMU regulator's access is governed by ETREAT, still permitted"
    assert "intact" in server.cli("audit", "verify")


def test_blocked_professional(server):
    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("blocked"))).status_code == 201
    settings(server, ins, "--authorise", NURSE)
    assert search(server, ins, server.token("nurse")).json()["total"] == 1
    settings(server, ins, "--block", NURSE)
    outcome(search(server, ins, server.token("nurse")), 403, "forbidden")
    outcome(search(server, ins, server.token("nurse", "bris_de_glace", "urgence vitale")), 403, "forbidden")
    settings(server, ins, "--unblock", NURSE)
    assert search(server, ins, server.token("nurse")).json()["total"] == 1
