"""Independent checks of what the server returns: fhirclient 4.4.0 (R4 models, strict) and
fhirkit-rs (R4, reports every problem with its path)."""
import fhirkit
from fhirclient.models import fhirabstractbase
import fhirclient.models.bundle
import fhirclient.models.capabilitystatement
import fhirclient.models.documentreference
import fhirclient.models.list
import fhirclient.models.operationoutcome
import fhirclient.models.patient
import fhirclient.models.binary
import fhirclient.models.consent
import fhirclient.models.auditevent

MODELS = {
    "Bundle": fhirclient.models.bundle.Bundle,
    "CapabilityStatement": fhirclient.models.capabilitystatement.CapabilityStatement,
    "DocumentReference": fhirclient.models.documentreference.DocumentReference,
    "List": fhirclient.models.list.List,
    "OperationOutcome": fhirclient.models.operationoutcome.OperationOutcome,
    "Patient": fhirclient.models.patient.Patient,
    "Binary": fhirclient.models.binary.Binary,
    "Consent": fhirclient.models.consent.Consent,
    "AuditEvent": fhirclient.models.auditevent.AuditEvent,
}


def assert_valid_r4(resource: dict):
    """Fails unless both validators accept `resource` as FHIR R4."""
    errors = [str(i) for i in fhirkit.validate(resource) if i.severity == "error"]
    assert not errors, f"fhirkit-rs: {errors}"
    model = MODELS[resource["resourceType"]]
    try:
        model(resource, strict=True)
    except fhirabstractbase.FHIRValidationError as error:
        raise AssertionError(f"fhirclient: {error}") from error
