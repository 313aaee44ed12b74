"""End-to-end: the real server over HTTP on loopback, driven by fhirpy and requests, every
response checked by fhirclient and fhirkit-rs (see validators.py)."""
import base64
import copy
import hashlib

import pytest
import requests
from fhirpy import SyncFHIRClient
from fhirpy.base.exceptions import OperationOutcome as FhirpyOutcome

from fixtures import (
    PAT_TROIS, TEST_OID, corpus_bytes, use_dmp_content_type, corpus_json, new_patient, pdf_document, sha1_base64, small_pdf, subject,
    vaccination_note_bundle,
)
from validators import assert_valid_r4


def client(server, professional="gp"):
    return SyncFHIRClient(server.base, authorization=f"Bearer {server.token(professional)}")


def post(server, path, body, token=None, content_type="application/fhir+json"):
    headers = {"Content-Type": content_type, "Authorization": f"Bearer {token or server.token()}"}
    return requests.post(f"{server.base}/{path}".rstrip("/"), json=body, headers=headers, timeout=60)


def outcome(response, status, code=None):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["resourceType"] == "OperationOutcome"
    assert_valid_r4(body)
    if code:
        assert body["issue"][0]["code"] == code, body
    return body


def declare_consent(server, ins, professional="gp"):
    """The professional declares the consent the patient gave him to consult (FHIR Consent)."""
    consent = {"resourceType": "Consent", "status": "active", "patient": {"reference": f"Patient?identifier=urn:oid:{TEST_OID}|{ins}"}}
    response = post(server, "Consent", consent, token=server.token(professional))
    assert response.status_code == 201, response.text
    assert_valid_r4(response.json())


def test_consultation_needs_the_patients_consent(server):
    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("consent"))).status_code == 201, "feeding needs no authorisation"
    response = requests.get(f"{server.base}/DocumentReference", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"},
                            headers={"Authorization": f"Bearer {server.token()}"}, timeout=10)
    outcome(response, 403, "forbidden")
    declare_consent(server, ins)
    response = requests.get(f"{server.base}/DocumentReference", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"},
                            headers={"Authorization": f"Bearer {server.token()}"}, timeout=10)
    assert response.json()["total"] == 1


def test_capability_statement_is_valid_r4(server):
    response = requests.get(f"{server.base}/metadata", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/fhir+json")
    statement = response.json()
    assert_valid_r4(statement)
    assert statement["fhirVersion"] == "4.0.1"
    resources = {r["type"] for r in statement["rest"][0]["resource"]}
    assert {"DocumentReference", "List", "Binary", "Patient"} <= resources


def test_requests_without_a_valid_token_get_401(server):
    response = requests.get(f"{server.base}/DocumentReference?status=current", timeout=10)
    outcome(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    bad = requests.get(f"{server.base}/DocumentReference?status=current", headers={"Authorization": "Bearer abc.def.ghi"}, timeout=10)
    outcome(bad, 401)
    assert "invalid_token" in bad.headers["WWW-Authenticate"]


def test_official_bundle_as_published_is_refused(server):
    """TRAPS 1 and 5: the PDSm4DMP example carries an INS with a wrong key (and non-DMP codes)."""
    bundle = corpus_json("fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json")
    body = outcome(post(server, "", bundle), 422)
    assert "key" in body["issue"][0]["diagnostics"].lower()


def test_iti65_publish_search_retrieve_and_patch(server):
    bundle, cda = vaccination_note_bundle()
    response = post(server, "", bundle)
    assert response.status_code == 200, response.text
    result = response.json()
    assert_valid_r4(result)
    assert result["type"] == "transaction-response"
    assert len(result["entry"]) == len(bundle["entry"]), "one response entry per request entry, in order"
    assert [e["response"]["status"][:3] for e in result["entry"]] == ["201", "201", "201"]
    assert result["entry"][0]["response"]["location"].startswith("List/")
    assert result["entry"][1]["response"]["location"].startswith("DocumentReference/")

    declare_consent(server, PAT_TROIS)
    fhir = client(server)
    found = fhir.resources("DocumentReference").search(**{"patient.identifier": f"urn:oid:{TEST_OID}|{PAT_TROIS}", "status": "current"}).fetch_all()
    documents = [d.serialize() for d in found]
    note = next(d for d in documents if d["masterIdentifier"]["value"] == "urn:oid:1.2.250.1.213.1.1.1.46.2023.1.1")
    assert_valid_r4(note)
    assert note["type"]["coding"][0]["code"] == "87273-9"
    assert note["content"][0]["attachment"]["hash"] == sha1_base64(cda)

    retrieved = requests.get(note["content"][0]["attachment"]["url"], headers={"Authorization": f"Bearer {server.token()}"}, timeout=30)
    assert retrieved.status_code == 200
    assert retrieved.content == cda
    assert retrieved.headers["Content-Type"] == "text/xml"
    assert retrieved.headers["ETag"] == '"' + hashlib.sha256(cda).hexdigest() + '"'

    # The token's GP did not write this note: only its authors (or the holder) may mask it.
    refused = requests.patch(f"{server.base}/DocumentReference/{note['id']}", json=MASK,
                             headers={"Content-Type": "application/json-patch+json", "Authorization": f"Bearer {server.token()}"}, timeout=10)
    outcome(refused, 403, "forbidden")


MASK = [{"op": "add", "path": "/securityLabel/-", "value": {"coding": [{
    "system": "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument",
    "code": "MASQUE_PS"}]}}]


def test_patch_by_the_author(server):
    fhir = client(server)
    created = post(server, "DocumentReference", pdf_document(new_patient(), "CR", small_pdf("patch me")))
    assert created.status_code == 201, created.text
    note = created.json()
    patched = fhir._do_request("patch", f"DocumentReference/{note['id']}", data=MASK, extra_headers={"Content-Type": "application/json-patch+json"})
    assert_valid_r4(patched)
    assert patched["meta"]["versionId"] == "2"
    assert patched["id"] != note["id"], "a metadata change makes a new entryUUID"
    assert patched["identifier"] == note["identifier"], "the logicalId is stable"
    assert any(c["code"] == "MASQUE_PS" for s in patched["securityLabel"] for c in s["coding"])
    archived = fhir._do_request("patch", "DocumentReference", params={"identifier": note["masterIdentifier"]["value"]}, data=[
        {"op": "add", "path": "/extension", "value": [{"url": "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-ext-is-archived", "valueBoolean": True}]}],
        extra_headers={"Content-Type": "application/json-patch+json"})
    assert_valid_r4(archived)
    assert archived["meta"]["versionId"] == "3", "conditional patch on the business identifier"
    refused = requests.patch(f"{server.base}/DocumentReference/{archived['id']}",
                             json=[{"op": "replace", "path": "/description", "value": "x"}],
                             headers={"Content-Type": "application/json-patch+json", "Authorization": f"Bearer {server.token()}"}, timeout=10)
    assert refused.status_code in (405, 422)
    outcome(refused, refused.status_code)
    stale = requests.patch(f"{server.base}/DocumentReference/{archived['id']}", json=MASK,
                           headers={"Content-Type": "application/json-patch+json", "If-Match": 'W/"1"', "Authorization": f"Bearer {server.token()}"}, timeout=10)
    outcome(stale, 412)


def test_iti105_paging_and_total(server):
    ins = new_patient()
    fhir = client(server)
    for n in range(5):
        created = post(server, "DocumentReference", pdf_document(ins, f"CR {n}", small_pdf(f"doc {n}")))
        assert created.status_code == 201, created.text
        assert created.headers["Location"]
        assert_valid_r4(created.json())
    declare_consent(server, ins)
    search = fhir.resources("DocumentReference").search(**{"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"}).limit(2)
    first = search.fetch_raw()
    assert_valid_r4(first)
    assert first["total"] == 5
    assert any(link["relation"] == "next" for link in first["link"])
    everything = search.fetch_all()
    assert len(everything) == 5, "fhirpy follows the next links to the end"
    assert len({d["id"] for d in everything}) == 5
    lists = fhir.resources("List").search(**{"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "code": "submissionset", "status": "current"}).fetch_raw()
    assert_valid_r4(lists)
    assert lists["total"] == 5


def test_replacement_bundle_deprecates_the_previous_version(server):
    ins = new_patient()
    first = post(server, "DocumentReference", pdf_document(ins, "CR v1", small_pdf("v1")))
    assert first.status_code == 201, first.text
    first_id = first.json()["id"]
    bundle = copy.deepcopy(corpus_json("fhir/pdsm4dmp/Bundle-example-td2-1-remplacement.json"))
    pdf = corpus_bytes("pdf/hl7-ccda/C-CDA_R2_UD_sample.pdf")
    replacement = pdf_document(ins, "CR v2", pdf)
    replacement.pop("content")
    entries = {e["resource"]["resourceType"]: e for e in bundle["entry"]}
    entries["List"]["resource"]["subject"] = subject(ins)
    use_dmp_content_type(entries["List"]["resource"])
    entries["List"]["resource"]["contained"] = [c for c in entries["List"]["resource"].get("contained", []) if c["resourceType"] != "Patient"]
    for extension in entries["List"]["resource"].get("extension", []):
        if extension["url"].endswith("ihe-sourcePatientId"):
            extension["valueReference"] = {"identifier": {"system": f"urn:oid:{TEST_OID}", "value": ins}}
    document = entries["DocumentReference"]["resource"]
    document.update({k: v for k, v in replacement.items() if k != "resourceType"})
    document.pop("id", None)
    document["authenticator"] = {"reference": "#author"}
    document["relatesTo"] = [{"code": "replaces", "target": {"reference": f"DocumentReference/{first_id}"}}]
    document["content"] = [{"attachment": {"contentType": "application/pdf", "language": "fr-FR", "url": entries["Binary"]["fullUrl"],
                                           "size": len(pdf), "hash": sha1_base64(pdf), "title": "CR v2"},
                            "format": {"system": "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode", "code": "urn:ihe:iti:xds-sd:pdf:2008"}}]
    document["context"]["period"] = {"start": "2025-03-01T10:00:00+01:00"}
    entries["Binary"]["resource"].update({"contentType": "application/pdf", "data": base64.b64encode(pdf).decode()})
    entries["Parameters"]["request"]["url"] = f"DocumentReference/{first_id}"
    response = post(server, "", bundle)
    assert response.status_code == 200, response.text
    assert_valid_r4(response.json())
    declare_consent(server, ins)
    fhir = client(server)
    superseded = fhir.resources("DocumentReference").search(**{"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "superseded"}).fetch_all()
    assert [d["identifier"] for d in superseded] == [first.json()["identifier"]]
    current = fhir.resources("DocumentReference").search(**{"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"}).fetch_all()
    assert len(current) == 1 and current[0]["relatesTo"][0]["code"] == "replaces"


def test_defective_examples_are_refused(server):
    """TRAPS 5: the PDSm example's hash is the SHA-1 of nothing and its size is made up."""
    ins = new_patient()
    document = corpus_json("fhir/pdsm/DocumentReference-exemple-pdsm-documentreference.json")
    response = post(server, "DocumentReference", document)
    assert response.status_code in (400, 422)
    outcome(response, response.status_code)
    # TRAPS 6: a patient reference without a value.
    td3 = corpus_json("fhir/pdsm4dmp/DocumentReference-example-td3-1a-cr-consultation.json")
    outcome(post(server, "DocumentReference", td3), 400)
    # A hash that does not match the bytes.
    wrong = pdf_document(ins, "CR", small_pdf("x"))
    wrong["content"][0]["attachment"]["hash"] = sha1_base64(b"other")
    outcome(post(server, "DocumentReference", wrong), 422)
    # The same uniqueId with other bytes.
    original = pdf_document(ins, "CR", small_pdf("a"))
    assert post(server, "DocumentReference", original).status_code == 201
    assert post(server, "DocumentReference", original).status_code == 200, "identical resubmission is idempotent"
    conflicting = copy.deepcopy(original)
    conflicting["content"][0]["attachment"]["data"] = base64.b64encode(small_pdf("b")).decode()
    outcome(post(server, "DocumentReference", conflicting), 409)
    # Wrong media type, malformed JSON.
    outcome(post(server, "DocumentReference", original, content_type="text/plain"), 415)
    bad_json = requests.post(f"{server.base}/DocumentReference", data=b"{not json",
                             headers={"Content-Type": "application/fhir+json", "Authorization": f"Bearer {server.token()}"}, timeout=10)
    outcome(bad_json, 400)


def test_unknown_and_hidden_documents_answer_404_alike(server):
    ins = new_patient()
    created = post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("hidden")))
    document = created.json()
    masked = requests.patch(
        f"{server.base}/DocumentReference/{document['id']}",
        json=[{"op": "add", "path": "/securityLabel/-", "value": {"coding": [{
            "system": "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument", "code": "MASQUE_PS"}]}}],
        headers={"Content-Type": "application/json-patch+json", "Authorization": f"Bearer {server.token()}"}, timeout=10)
    assert masked.status_code == 200, masked.text
    declare_consent(server, ins, "nurse")
    nurse = {"Authorization": f"Bearer {server.token('nurse')}"}
    hidden = requests.get(f"{server.base}/DocumentReference/{masked.json()['id']}", headers=nurse, timeout=10)
    missing = requests.get(f"{server.base}/DocumentReference/00000000-0000-0000-0000-000000000000", headers=nurse, timeout=10)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["issue"][0]["diagnostics"] == missing.json()["issue"][0]["diagnostics"]
    retrieve = requests.get(document["content"][0]["attachment"]["url"], headers=nurse, timeout=10)
    assert retrieve.status_code == 404
    found = requests.get(f"{server.base}/DocumentReference", params={"patient.identifier": f"urn:oid:{TEST_OID}|{ins}", "status": "current"}, headers=nurse, timeout=10)
    assert found.json()["total"] == 0


def test_patient_lookup(server):
    fhir = client(server)
    ins = new_patient()
    assert post(server, "DocumentReference", pdf_document(ins, "CR", small_pdf("p"))).status_code == 201
    declare_consent(server, ins)
    bundle = fhir.resources("Patient").search(identifier=f"urn:oid:{TEST_OID}|{ins}").fetch_raw()
    assert_valid_r4(bundle)
    assert bundle["total"] == 1
    patient = bundle["entry"][0]["resource"]
    assert_valid_r4(patient)
    assert patient["active"] is True
    none = fhir.resources("Patient").search(identifier=f"urn:oid:{TEST_OID}|{new_patient()}").fetch_raw()
    assert none["total"] == 0
