"""Requests built from the official examples of the corpus (read at run time, never copied)."""
import base64
import copy
import hashlib
import json
import random

from conftest import CORPUS

TEST_OID = "1.2.250.1.213.1.4.10"
PAT_TROIS = "279035121518989"  # INS of the corpus CDA examples, valid key
IDNPS_OID = "urn:oid:1.2.250.1.71.4.2.1"
GP_IDNPS = "810999900011"  # `dmp token --professional gp`


def ins_with_key(body: str) -> str:
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return body + "%02d" % (97 - number % 97)


def new_patient() -> str:
    """A fresh test INS with a valid key, so each test has its own record."""
    return ins_with_key("1" + "".join(random.choice("0123456789") for _ in range(12)))


def corpus_json(relative: str) -> dict:
    return json.loads((CORPUS / relative).read_text(encoding="utf-8"))


def corpus_bytes(relative: str) -> bytes:
    return (CORPUS / relative).read_bytes()


def sha1_base64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode()


def subject(ins: str) -> dict:
    return {"reference": f"Patient?identifier=urn:oid:{TEST_OID}|{ins}"}


SECTOR_SA07 = {"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite", "code": "SA07"}]}


def use_dmp_content_type(submission_set: dict):
    """The examples put a classCode (TRE_A03) in designationType, which takes JDV_J59 codes."""
    for extension in submission_set.get("extension", []):
        if extension["url"].endswith("ihe-designationType"):
            extension["valueCodeableConcept"] = SECTOR_SA07


def vaccination_note_bundle() -> tuple[dict, bytes]:
    """The PDSm4DMP TD2 ITI-65 bundle with its stub CDA replaced by the corpus VAC-NOTE and
    the metadata that example's header gives (the bundle's own codes are not DMP codes)."""
    bundle = copy.deepcopy(corpus_json("fhir/pdsm4dmp/Bundle-example-td2-iti65-lot-soumission.json"))
    cda = corpus_bytes("cda/ans/VAC-NOTE_2023.01.xml")
    submission_set, document, binary = (e["resource"] for e in bundle["entry"])
    submission_set["subject"] = subject(PAT_TROIS)
    use_dmp_content_type(submission_set)
    submission_set["contained"][0]["identifier"][0] = {"system": f"urn:oid:{TEST_OID}", "value": PAT_TROIS}
    document["subject"] = subject(PAT_TROIS)
    document["contained"][0]["identifier"][0] = {"system": f"urn:oid:{TEST_OID}", "value": PAT_TROIS}
    document["contained"][1]["identifier"][0] = {"system": IDNPS_OID, "value": "801234567897"}
    document["masterIdentifier"] = {"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.2.250.1.213.1.1.1.46.2023.1.1"}
    document["type"] = {"coding": [{"system": "http://loinc.org", "code": "87273-9", "display": "Note de vaccination"}]}
    document["category"] = [{"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument", "code": "45"}]}]
    document["date"] = "2021-04-09T15:35:00+01:00"
    attachment = document["content"][0]["attachment"]
    attachment.update({
        "contentType": "text/xml", "size": len(cda), "hash": sha1_base64(cda), "title": "NOTE DE VACCINATION",
        "creation": "2021-04-09T15:35:00+01:00",
    })
    document["content"][0]["format"] = {
        "system": "https://mos.esante.gouv.fr/NOS/TRE_A06-FormatCodeComplementaire/FHIR/TRE-A06-FormatCodeComplementaire",
        "code": "urn:asip:ci-sis:vac-note:2021"}
    document["context"]["period"] = {"start": "2021-04-09T15:35:00+01:00"}
    document["context"]["facilityType"] = {"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite", "code": "SA07"}]}
    document["context"]["practiceSetting"] = {"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice", "code": "AMBULATOIRE"}]}
    binary["contentType"] = "text/xml"
    binary["data"] = base64.b64encode(cda).decode()
    return bundle, cda


def pdf_document(ins: str, title: str, pdf: bytes, type_code="11488-4", class_code="10") -> dict:
    """An ITI-105 simplified publication of `pdf` for `ins`, authored by the token's GP."""
    return {
        "resourceType": "DocumentReference",
        "contained": [{"resourceType": "Practitioner", "id": "author", "identifier": [{"system": IDNPS_OID, "value": GP_IDNPS}],
                       "name": [{"family": "LEFEBVRE-DEMO", "given": ["Claire"]}]}],
        "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:oid:2.25.{random.getrandbits(100)}"},
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": type_code}]},
        "category": [{"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument", "code": class_code}]}],
        "subject": subject(ins),
        "date": "2025-03-01T10:00:00+01:00",
        "author": [{"reference": "#author"}],
        "content": [{"attachment": {"contentType": "application/pdf", "language": "fr-FR", "title": title,
                                    "data": base64.b64encode(pdf).decode(), "creation": "2025-03-01T10:00:00+01:00"}}],
        "context": {
            "facilityType": {"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite", "code": "SA07"}]},
            "practiceSetting": {"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice", "code": "AMBULATOIRE"}]},
        },
    }


def small_pdf(text: str) -> bytes:
    return f"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% {text}\ntrailer<</Root 1 0 R>>\n%%EOF\n".encode()
