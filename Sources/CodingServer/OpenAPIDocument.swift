/// The OpenAPI 3.1 description of the API, served at `/openapi.json` and checked against the routes in the tests.
/// Generated from nothing but this file: edit the JSON here when a route changes.
enum OpenAPIDocument {
    static let json = #"""
        {
         "components": {
          "responses": {
           "Busy": {
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Error"
              }
             }
            },
            "description": "The service is busy (its compute or password-hashing queue is full): try again after Retry-After seconds",
            "headers": {
             "Retry-After": {
              "description": "seconds to wait before trying again",
              "required": true,
              "schema": {
               "minimum": 0,
               "type": "integer"
              }
             }
            }
           },
           "Error": {
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Error"
              }
             }
            },
            "description": "What is wrong, in one line"
           },
           "FHIRBusy": {
            "content": {
             "application/fhir+json": {
              "schema": {
               "$ref": "#/components/schemas/FHIROperationOutcome"
              }
             }
            },
            "description": "The service is busy (its compute queue is full): an OperationOutcome (transient); try again after Retry-After seconds",
            "headers": {
             "Retry-After": {
              "description": "seconds to wait before trying again",
              "required": true,
              "schema": {
               "minimum": 0,
               "type": "integer"
              }
             }
            }
           },
           "FHIRError": {
            "content": {
             "application/fhir+json": {
              "schema": {
               "$ref": "#/components/schemas/FHIROperationOutcome"
              }
             }
            },
            "description": "An OperationOutcome naming the parameter or code that is wrong"
           },
           "FHIRMethodNotAllowed": {
            "content": {
             "application/fhir+json": {
              "schema": {
               "$ref": "#/components/schemas/FHIROperationOutcome"
              }
             }
            },
            "description": "The path does not take this method (an OperationOutcome, not-supported); Allow lists those it does",
            "headers": {
             "Allow": {
              "description": "the methods the path declares, comma-separated",
              "required": true,
              "schema": {
               "type": "string"
              }
             }
            }
           },
           "MethodNotAllowed": {
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Error"
              }
             }
            },
            "description": "The path does not take this method; Allow lists those it does",
            "headers": {
             "Allow": {
              "description": "the methods the path declares, comma-separated",
              "required": true,
              "schema": {
               "type": "string"
              }
             }
            }
           },
           "TooManyRequests": {
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Error"
              }
             }
            },
            "description": "Too many failed sign-ins for this user or this client address: try again after Retry-After seconds",
            "headers": {
             "Retry-After": {
              "description": "seconds to wait before trying again",
              "required": true,
              "schema": {
               "minimum": 0,
               "type": "integer"
              }
             }
            }
           }
          },
          "schemas": {
           "AccessAction": {
            "description": "chart and note: a read of patient data; batchRead: the notes a pre-coding job read; the rest: sign-in and password events",
            "enum": [
             "chart",
             "note",
             "batchRead",
             "signInFailed",
             "lockedOut",
             "unlocked",
             "passwordReset",
             "passwordChanged"
            ],
            "type": "string"
           },
           "AccessLogEntry": {
            "properties": {
             "action": {
              "$ref": "#/components/schemas/AccessAction"
             },
             "actor": {
              "description": "the username, or engine (job N)",
              "type": "string"
             },
             "at": {
              "format": "date-time",
              "type": "string"
             },
             "client": {
              "description": "the client's address",
              "type": "string"
             },
             "detail": {
              "description": "what happened, for sign-in and password events (wrong password, throttled, password of \u2026)",
              "type": "string"
             },
             "documentID": {
              "format": "int64",
              "type": "integer"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "onBehalfOf": {
              "description": "the admin who set the password of the session that read it (a read from a session started with an admin-set password)",
              "type": "string"
             },
             "userID": {
              "format": "int64",
              "type": "integer"
             }
            },
            "required": [
             "id",
             "actor",
             "action",
             "at"
            ],
            "type": "object"
           },
           "ActiveChange": {
            "additionalProperties": true,
            "properties": {
             "active": {
              "type": "boolean"
             }
            },
            "required": [
             "active"
            ],
            "type": "object"
           },
           "AuditDecision": {
            "enum": [
             "auditorUpheld",
             "coderUpheld",
             "partial"
            ],
            "type": "string"
           },
           "AuditDecisionRequest": {
            "additionalProperties": true,
            "properties": {
             "decision": {
              "$ref": "#/components/schemas/AuditDecision"
             },
             "note": {
              "type": "string"
             }
            },
            "required": [
             "decision"
            ],
            "type": "object"
           },
           "AuditItem": {
            "properties": {
             "auditorID": {
              "format": "int64",
              "type": "integer"
             },
             "auditorVersionID": {
              "format": "int64",
              "type": "integer"
             },
             "coderID": {
              "format": "int64",
              "type": "integer"
             },
             "coderVersionID": {
              "format": "int64",
              "type": "integer"
             },
             "decidedAt": {
              "format": "date-time",
              "type": "string"
             },
             "decidedBy": {
              "format": "int64",
              "type": "integer"
             },
             "decision": {
              "$ref": "#/components/schemas/AuditDecision"
             },
             "decisionNote": {
              "type": "string"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "rebuttal": {
              "type": "string"
             },
             "rebuttedAt": {
              "format": "date-time",
              "type": "string"
             },
             "sampleID": {
              "format": "int64",
              "type": "integer"
             },
             "score": {
              "$ref": "#/components/schemas/AuditScore"
             }
            },
            "required": [
             "id",
             "sampleID",
             "encounterID",
             "coderID",
             "coderVersionID"
            ],
            "type": "object"
           },
           "AuditSample": {
            "properties": {
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "createdBy": {
              "format": "int64",
              "type": "integer"
             },
             "criteria": {
              "$ref": "#/components/schemas/AuditSampleRequest"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "items": {
              "items": {
               "$ref": "#/components/schemas/AuditItem"
              },
              "type": "array"
             },
             "seed": {
              "type": "integer"
             }
            },
            "required": [
             "id",
             "seed",
             "criteria",
             "createdAt",
             "items"
            ],
            "type": "object"
           },
           "AuditSampleRequest": {
            "additionalProperties": true,
            "properties": {
             "codedFrom": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "codedTo": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "coderIDs": {
              "description": "only these coders (default every coder with coded encounters)",
              "items": {
               "format": "int64",
               "type": "integer"
              },
              "type": "array"
             },
             "excludeAlreadySampled": {
              "description": "default true",
              "type": "boolean"
             },
             "seed": {
              "description": "the same seed draws the same sample",
              "maximum": 18446744073709551615,
              "minimum": 0,
              "type": "integer"
             },
             "size": {
              "$ref": "#/components/schemas/AuditSampleSize"
             },
             "stratification": {
              "$ref": "#/components/schemas/AuditStratification",
              "description": "default none"
             }
            },
            "required": [
             "seed",
             "size"
            ],
            "type": "object"
           },
           "AuditSampleSize": {
            "additionalProperties": true,
            "anyOf": [
             {
              "required": [
               "count"
              ]
             },
             {
              "required": [
               "percentage"
              ]
             }
            ],
            "description": "{\"count\": n} or {\"percentage\": p}; count wins when both are given",
            "properties": {
             "count": {
              "description": "this many (or all there are)",
              "minimum": 0,
              "type": "integer"
             },
             "percentage": {
              "description": "this percentage, rounded up",
              "maximum": 100,
              "minimum": 0,
              "type": "number"
             }
            },
            "type": "object"
           },
           "AuditScore": {
            "properties": {
             "auditorDRG": {
              "type": "string"
             },
             "coderDRG": {
              "type": "string"
             },
             "diagnosisPrecision": {
              "type": "number"
             },
             "diagnosisRecall": {
              "type": "number"
             },
             "drgChanged": {
              "type": "boolean"
             },
             "extraCodes": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "missedCodes": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "poaMismatches": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "principalDiagnosisChanged": {
              "type": "boolean"
             },
             "procedurePrecision": {
              "type": "number"
             },
             "procedureRecall": {
              "type": "number"
             },
             "weightDifference": {
              "type": "number"
             }
            },
            "required": [
             "diagnosisPrecision",
             "diagnosisRecall",
             "procedurePrecision",
             "procedureRecall",
             "principalDiagnosisChanged",
             "drgChanged",
             "weightDifference",
             "poaMismatches",
             "missedCodes",
             "extraCodes"
            ],
            "type": "object"
           },
           "AuditStratification": {
            "enum": [
             "none",
             "drg",
             "coder",
             "confidenceBand"
            ],
            "type": "string"
           },
           "CCMCCLevel": {
            "enum": [
             "none",
             "cc",
             "mcc"
            ],
            "type": "string"
           },
           "CareSetting": {
            "enum": [
             "inpatient",
             "outpatient"
            ],
            "type": "string"
           },
           "Chart": {
            "properties": {
             "documents": {
              "items": {
               "$ref": "#/components/schemas/Document"
              },
              "type": "array"
             },
             "encounter": {
              "$ref": "#/components/schemas/Encounter"
             },
             "patient": {
              "$ref": "#/components/schemas/Patient"
             },
             "pending": {
              "items": {
               "$ref": "#/components/schemas/PendingItem"
              },
              "type": "array"
             },
             "queries": {
              "items": {
               "$ref": "#/components/schemas/QueryRecord"
              },
              "type": "array"
             },
             "statusHistory": {
              "items": {
               "$ref": "#/components/schemas/StatusHistoryEntry"
              },
              "type": "array"
             },
             "versions": {
              "description": "an auditor sees only the auditors' versions",
              "items": {
               "$ref": "#/components/schemas/Version"
              },
              "type": "array"
             }
            },
            "required": [
             "patient",
             "encounter",
             "documents",
             "versions",
             "statusHistory",
             "pending",
             "queries"
            ],
            "type": "object"
           },
           "Claim": {
            "additionalProperties": true,
            "description": "The claim of INTERFACES.md; every field is optional to the decoder (diagnoses default to none), the review and the grouper say what is missing",
            "example": {
             "admitDate": "2025-11-02",
             "age": 67,
             "diagnoses": [
              {
               "code": "I50.21",
               "poa": "Y"
              },
              {
               "code": "N17.9",
               "poa": "N"
              }
             ],
             "dischargeDate": "2025-11-06",
             "dischargeStatus": "01",
             "id": "E1001",
             "procedures": [
              {
               "code": "5A1D70Z",
               "date": "2025-11-03"
              }
             ],
             "setting": "inpatient",
             "sex": "F"
            },
            "properties": {
             "admitDate": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "age": {
              "description": "whole years; a string of digits is read as one",
              "type": [
               "integer",
               "string"
              ]
             },
             "diagnoses": {
              "description": "principal (or first-listed) first; at most 100 (400 beyond)",
              "items": {
               "$ref": "#/components/schemas/Diagnosis"
              },
              "maxItems": 100,
              "type": "array"
             },
             "dischargeDate": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "dischargeStatus": {
              "description": "the two-digit UB-04 patient status code (a number is read as one)",
              "type": [
               "string",
               "integer",
               "number"
              ]
             },
             "documents": {
              "items": {
               "$ref": "#/components/schemas/ClaimDocument"
              },
              "type": "array"
             },
             "expectedDRG": {
              "description": "evaluation files only; ignored here",
              "type": [
               "string",
               "integer",
               "number"
              ]
             },
             "grouperVersion": {
              "description": "the MS-DRG grouper version (43.1); else the one in effect on the discharge date",
              "type": [
               "string",
               "integer",
               "number"
              ]
             },
             "id": {
              "description": "a string, or a number read as one",
              "type": [
               "string",
               "integer",
               "number"
              ]
             },
             "poaExempt": {
              "description": "the hospital is exempt from POA reporting",
              "type": "boolean"
             },
             "procedures": {
              "description": "at most 100 (400 beyond)",
              "items": {
               "$ref": "#/components/schemas/Procedure"
              },
              "maxItems": 100,
              "type": "array"
             },
             "setting": {
              "description": "inpatient (default) or outpatient",
              "type": "string"
             },
             "sex": {
              "description": "M, F or U",
              "type": "string"
             }
            },
            "type": "object"
           },
           "ClaimDocument": {
            "additionalProperties": true,
            "properties": {
             "author": {
              "type": "string"
             },
             "date": {
              "type": "string"
             },
             "signed": {
              "type": "boolean"
             },
             "text": {
              "type": "string"
             },
             "type": {
              "description": "discharge-summary, operative-report, progress-note \u2026",
              "type": "string"
             }
            },
            "type": "object"
           },
           "ClinicalTablesAnswer": {
            "description": "[total, codes, extra fields (by field name) or null, display rows], as the NLM Clinical Tables API answers",
            "items": {
             "anyOf": [
              {
               "description": "total",
               "type": "integer"
              },
              {
               "description": "codes, or a display row's fields",
               "items": {
                "type": "string"
               },
               "type": "array"
              },
              {
               "additionalProperties": {
                "items": {
                 "type": "string"
                },
                "type": "array"
               },
               "description": "extra fields by name",
               "type": "object"
              },
              {
               "description": "no extra fields",
               "type": "null"
              },
              {
               "description": "display rows",
               "items": {
                "items": {
                 "type": "string"
                },
                "type": "array"
               },
               "type": "array"
              }
             ]
            },
            "maxItems": 4,
            "minItems": 4,
            "type": "array"
           },
           "CodeSet": {
            "additionalProperties": true,
            "description": "A code set of an encounter: the encounter gives the rest of the claim (dates, age, sex, documents)",
            "example": {
             "diagnoses": [
              {
               "code": "I11.0",
               "poa": "Y"
              },
              {
               "code": "I50.23",
               "poa": "Y"
              },
              {
               "code": "E11.9",
               "poa": "Y"
              }
             ],
             "procedures": []
            },
            "properties": {
             "diagnoses": {
              "description": "principal (or first-listed) first; at most 100 (400 beyond)",
              "items": {
               "$ref": "#/components/schemas/Diagnosis"
              },
              "maxItems": 100,
              "type": "array"
             },
             "procedures": {
              "description": "at most 100 (400 beyond)",
              "items": {
               "$ref": "#/components/schemas/Procedure"
              },
              "maxItems": 100,
              "type": "array"
             }
            },
            "required": [
             "diagnoses"
            ],
            "type": "object"
           },
           "CodeSystem": {
            "enum": [
             "icd10cm",
             "icd10pcs",
             "hcpcs"
            ],
            "type": "string"
           },
           "CoderScorecard": {
            "properties": {
             "audited": {
              "type": "integer"
             },
             "coderID": {
              "format": "int64",
              "type": "integer"
             },
             "diagnosisPrecision": {
              "type": "number"
             },
             "diagnosisRecall": {
              "type": "number"
             },
             "drgChangedRate": {
              "type": "number"
             },
             "poaMismatches": {
              "type": "integer"
             },
             "principalChangedRate": {
              "type": "number"
             },
             "procedurePrecision": {
              "type": "number"
             },
             "procedureRecall": {
              "type": "number"
             },
             "rebuttals": {
              "type": "integer"
             },
             "rebuttalsUpheld": {
              "type": "integer"
             },
             "totalWeightDifference": {
              "type": "number"
             },
             "username": {
              "type": "string"
             }
            },
            "required": [
             "coderID",
             "username",
             "audited",
             "diagnosisPrecision",
             "diagnosisRecall",
             "procedurePrecision",
             "procedureRecall",
             "principalChangedRate",
             "drgChangedRate",
             "totalWeightDifference",
             "poaMismatches",
             "rebuttals",
             "rebuttalsUpheld"
            ],
            "type": "object"
           },
           "Credentials": {
            "additionalProperties": true,
            "properties": {
             "password": {
              "type": "string"
             },
             "username": {
              "type": "string"
             }
            },
            "required": [
             "username",
             "password"
            ],
            "type": "object"
           },
           "Diagnosis": {
            "additionalProperties": true,
            "properties": {
             "code": {
              "description": "ICD-10-CM, with or without the dot, any case",
              "type": "string"
             },
             "poa": {
              "$ref": "#/components/schemas/POA"
             }
            },
            "required": [
             "code"
            ],
            "type": "object"
           },
           "Document": {
            "properties": {
             "author": {
              "type": "string"
             },
             "date": {
              "description": "yyyy-mm-dd or an ISO 8601 date-time, as imported",
              "type": "string"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "signed": {
              "type": "boolean"
             },
             "sourceIdentifier": {
              "type": "string"
             },
             "text": {
              "type": "string"
             },
             "type": {
              "type": "string"
             }
            },
            "required": [
             "id",
             "encounterID",
             "sourceIdentifier",
             "type",
             "signed",
             "text"
            ],
            "type": "object"
           },
           "DuplicatePatientPair": {
            "properties": {
             "first": {
              "$ref": "#/components/schemas/Patient"
             },
             "reason": {
              "type": "string"
             },
             "second": {
              "$ref": "#/components/schemas/Patient"
             }
            },
            "required": [
             "first",
             "second",
             "reason"
            ],
            "type": "object"
           },
           "Encounter": {
            "properties": {
             "admitDate": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "assignedCoderID": {
              "format": "int64",
              "type": "integer"
             },
             "claimedAt": {
              "format": "date-time",
              "type": "string"
             },
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "dischargeDate": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "dischargeStatus": {
              "type": "string"
             },
             "drg": {
              "type": "string"
             },
             "drgWeight": {
              "type": "number"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "identifier": {
              "type": "string"
             },
             "latestVersion": {
              "type": "integer"
             },
             "patientID": {
              "format": "int64",
              "type": "integer"
             },
             "payer": {
              "type": "string"
             },
             "pendingReason": {
              "$ref": "#/components/schemas/PendingReason"
             },
             "precodeConfidence": {
              "type": "number"
             },
             "service": {
              "type": "string"
             },
             "setting": {
              "$ref": "#/components/schemas/CareSetting"
             },
             "status": {
              "$ref": "#/components/schemas/EncounterStatus"
             },
             "updatedAt": {
              "format": "date-time",
              "type": "string"
             }
            },
            "required": [
             "id",
             "identifier",
             "patientID",
             "setting",
             "status",
             "createdAt",
             "updatedAt"
            ],
            "type": "object"
           },
           "EncounterStatus": {
            "description": "new \u2192 precoded \u2192 inProgress \u21c4 onHold \u2192 coded \u2192 audited (coded \u2192 inProgress reopens)",
            "enum": [
             "new",
             "precoded",
             "inProgress",
             "onHold",
             "coded",
             "audited"
            ],
            "type": "string"
           },
           "Error": {
            "properties": {
             "error": {
              "description": "what is wrong, in one line",
              "type": "string"
             }
            },
            "required": [
             "error"
            ],
            "type": "object"
           },
           "Evaluation": {
            "properties": {
             "errors": {
              "type": "integer"
             },
             "findings": {
              "items": {
               "$ref": "#/components/schemas/Finding"
              },
              "type": "array"
             },
             "grouping": {
              "$ref": "#/components/schemas/Grouping"
             }
            },
            "required": [
             "findings",
             "errors"
            ],
            "type": "object"
           },
           "Evidence": {
            "additionalProperties": true,
            "properties": {
             "document": {
              "description": "index of the claim's document",
              "type": "integer"
             },
             "end": {
              "type": "integer"
             },
             "field": {
              "description": "the claim field, for a finding on the claim",
              "type": "string"
             },
             "label": {
              "description": "what the quoted text is, for a clinical indicator",
              "type": "string"
             },
             "section": {
              "type": "string"
             },
             "start": {
              "description": "UTF-8 byte offset in the document's text",
              "type": "integer"
             },
             "text": {
              "type": "string"
             }
            },
            "required": [
             "text"
            ],
            "type": "object"
           },
           "EvidenceSpan": {
            "description": "UTF-8 byte offsets of the note",
            "properties": {
             "end": {
              "type": "integer"
             },
             "section": {
              "type": "string"
             },
             "start": {
              "type": "integer"
             },
             "text": {
              "type": "string"
             }
            },
            "required": [
             "start",
             "end",
             "text",
             "section"
            ],
            "type": "object"
           },
           "FHIRBundle": {
            "description": "A FHIR R4 Bundle of type searchset",
            "properties": {
             "entry": {
              "items": {
               "required": [
                "resource"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "resourceType": {
              "enum": [
               "Bundle"
              ],
              "type": "string"
             },
             "total": {
              "type": "integer"
             },
             "type": {
              "type": "string"
             }
            },
            "required": [
             "resourceType",
             "type",
             "total"
            ],
            "type": "object"
           },
           "FHIRCapabilityStatement": {
            "description": "A FHIR R4 CapabilityStatement",
            "properties": {
             "fhirVersion": {
              "type": "string"
             },
             "format": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "kind": {
              "type": "string"
             },
             "resourceType": {
              "enum": [
               "CapabilityStatement"
              ],
              "type": "string"
             }
            },
            "required": [
             "resourceType",
             "fhirVersion",
             "kind",
             "format"
            ],
            "type": "object"
           },
           "FHIRCoding": {
            "additionalProperties": true,
            "properties": {
             "code": {
              "type": "string"
             },
             "display": {
              "type": "string"
             },
             "system": {
              "type": "string"
             },
             "version": {
              "type": "string"
             }
            },
            "type": "object"
           },
           "FHIROperationOutcome": {
            "description": "A FHIR R4 OperationOutcome: what went wrong under /fhir, in one line of diagnostics",
            "properties": {
             "issue": {
              "items": {
               "properties": {
                "code": {
                 "enum": [
                  "invalid",
                  "not-found",
                  "not-supported",
                  "too-costly",
                  "transient",
                  "exception",
                  "security"
                 ],
                 "type": "string"
                },
                "diagnostics": {
                 "type": "string"
                },
                "severity": {
                 "type": "string"
                }
               },
               "required": [
                "severity",
                "code",
                "diagnostics"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "resourceType": {
              "enum": [
               "OperationOutcome"
              ],
              "type": "string"
             }
            },
            "required": [
             "resourceType",
             "issue"
            ],
            "type": "object"
           },
           "FHIRParameter": {
            "additionalProperties": true,
            "properties": {
             "name": {
              "type": "string"
             },
             "part": {
              "items": {
               "$ref": "#/components/schemas/FHIRParameter"
              },
              "type": "array"
             },
             "valueBoolean": {
              "type": "boolean"
             },
             "valueCanonical": {
              "type": "string"
             },
             "valueCode": {
              "type": "string"
             },
             "valueCoding": {
              "$ref": "#/components/schemas/FHIRCoding"
             },
             "valueInteger": {
              "type": "integer"
             },
             "valueString": {
              "type": "string"
             },
             "valueUri": {
              "type": "string"
             },
             "valueUrl": {
              "type": "string"
             }
            },
            "required": [
             "name"
            ],
            "type": "object"
           },
           "FHIRParameters": {
            "description": "A FHIR R4 Parameters resource: the output of $lookup, $validate-code and $subsumes",
            "properties": {
             "parameter": {
              "items": {
               "properties": {
                "name": {
                 "type": "string"
                }
               },
               "required": [
                "name"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "resourceType": {
              "enum": [
               "Parameters"
              ],
              "type": "string"
             }
            },
            "required": [
             "resourceType",
             "parameter"
            ],
            "type": "object"
           },
           "FHIRParametersInput": {
            "additionalProperties": true,
            "description": "A FHIR R4 Parameters resource: the operation's input (text values as valueString, valueCode, valueUri \u2026; count and offset as valueInteger; codings as valueCoding)",
            "properties": {
             "parameter": {
              "items": {
               "$ref": "#/components/schemas/FHIRParameter"
              },
              "type": "array"
             },
             "resourceType": {
              "enum": [
               "Parameters"
              ],
              "type": "string"
             }
            },
            "required": [
             "resourceType"
            ],
            "type": "object"
           },
           "FHIRValueSet": {
            "description": "A FHIR R4 ValueSet with its expansion",
            "properties": {
             "expansion": {
              "properties": {
               "contains": {
                "items": {
                 "properties": {
                  "code": {
                   "type": "string"
                  },
                  "display": {
                   "type": "string"
                  },
                  "system": {
                   "type": "string"
                  }
                 },
                 "required": [
                  "system",
                  "code"
                 ],
                 "type": "object"
                },
                "type": "array"
               },
               "identifier": {
                "type": "string"
               },
               "offset": {
                "type": "integer"
               },
               "timestamp": {
                "type": "string"
               },
               "total": {
                "type": "integer"
               }
              },
              "required": [
               "identifier",
               "timestamp",
               "offset"
              ],
              "type": "object"
             },
             "resourceType": {
              "enum": [
               "ValueSet"
              ],
              "type": "string"
             },
             "status": {
              "type": "string"
             },
             "url": {
              "type": "string"
             }
            },
            "required": [
             "resourceType",
             "url",
             "status",
             "expansion"
            ],
            "type": "object"
           },
           "Finding": {
            "properties": {
             "codes": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "evidence": {
              "items": {
               "$ref": "#/components/schemas/Evidence"
              },
              "type": "array"
             },
             "fix": {
              "type": "string"
             },
             "message": {
              "type": "string"
             },
             "query": {
              "$ref": "#/components/schemas/PhysicianQuery"
             },
             "rule": {
              "type": "string"
             },
             "severity": {
              "enum": [
               "error",
               "warning",
               "info"
              ],
              "type": "string"
             },
             "source": {
              "type": "string"
             }
            },
            "required": [
             "rule",
             "severity",
             "message",
             "codes",
             "evidence"
            ],
            "type": "object"
           },
           "Grouping": {
            "properties": {
             "ccMcc": {
              "$ref": "#/components/schemas/CCMCCLevel"
             },
             "drg": {
              "type": "string"
             },
             "grouperVersion": {
              "type": "string"
             },
             "mdc": {
              "type": "string"
             },
             "returnCode": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "weight": {
              "type": "number"
             },
             "weightSource": {
              "description": "where the weight comes from (IPPS Table 5 of a fiscal year), or why there is none",
              "type": "string"
             }
            },
            "required": [
             "grouperVersion",
             "drg",
             "mdc",
             "title",
             "ccMcc",
             "returnCode"
            ],
            "type": "object"
           },
           "Health": {
            "properties": {
             "status": {
              "enum": [
               "ok"
              ],
              "type": "string"
             }
            },
            "required": [
             "status"
            ],
            "type": "object"
           },
           "ImportResult": {
            "properties": {
             "documentsCreated": {
              "type": "integer"
             },
             "documentsUpdated": {
              "type": "integer"
             },
             "duplicatePatientsFlagged": {
              "type": "integer"
             },
             "imported": {
              "description": "identifiers of encounters created",
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "patientsCreated": {
              "type": "integer"
             },
             "rejected": {
              "items": {
               "properties": {
                "reason": {
                 "type": "string"
                },
                "resource": {
                 "type": "string"
                }
               },
               "required": [
                "resource",
                "reason"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "updated": {
              "description": "identifiers of encounters updated",
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "versionsAdded": {
              "type": "integer"
             }
            },
            "required": [
             "imported",
             "updated",
             "rejected",
             "patientsCreated",
             "documentsCreated",
             "documentsUpdated",
             "versionsAdded",
             "duplicatePatientsFlagged"
            ],
            "type": "object"
           },
           "IssuedToken": {
            "description": "A bearer token (8 hours). When user.mustChangePassword is true the user should set their own password first.",
            "properties": {
             "expiresAt": {
              "format": "date-time",
              "type": "string"
             },
             "token": {
              "description": "32 random bytes, base64url; send as Authorization: Bearer <token>",
              "type": "string"
             },
             "user": {
              "$ref": "#/components/schemas/User"
             }
            },
            "required": [
             "token",
             "user",
             "expiresAt"
            ],
            "type": "object"
           },
           "Job": {
            "properties": {
             "createdBy": {
              "format": "int64",
              "type": "integer"
             },
             "done": {
              "type": "integer"
             },
             "errors": {
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "kind": {
              "description": "precode",
              "type": "string"
             },
             "startedAt": {
              "format": "date-time",
              "type": "string"
             },
             "state": {
              "$ref": "#/components/schemas/JobState"
             },
             "total": {
              "type": "integer"
             },
             "updatedAt": {
              "format": "date-time",
              "type": "string"
             }
            },
            "required": [
             "id",
             "kind",
             "state",
             "total",
             "done",
             "errors",
             "updatedAt"
            ],
            "type": "object"
           },
           "JobState": {
            "enum": [
             "queued",
             "running",
             "done",
             "failed"
            ],
            "type": "string"
           },
           "NewQuery": {
            "additionalProperties": true,
            "anyOf": [
             {
              "required": [
               "rule"
              ]
             },
             {
              "required": [
               "query"
              ]
             }
            ],
            "description": "Give rule or query (400 with neither); query wins when both are given",
            "properties": {
             "query": {
              "$ref": "#/components/schemas/PhysicianQuery"
             },
             "rule": {
              "description": "a CDI rule of the review (cdi.heart-failure-type-acuity): the query it raises for the latest code set (422 when it raises none)",
              "type": "string"
             }
            },
            "type": "object"
           },
           "NewQueue": {
            "additionalProperties": true,
            "properties": {
             "name": {
              "description": "unique, not blank",
              "minLength": 1,
              "type": "string"
             },
             "rules": {
              "$ref": "#/components/schemas/QueueRules"
             }
            },
            "required": [
             "name",
             "rules"
            ],
            "type": "object"
           },
           "NewUser": {
            "additionalProperties": true,
            "properties": {
             "displayName": {
              "description": "defaults to the username",
              "type": "string"
             },
             "password": {
              "description": "at least 10 characters",
              "minLength": 10,
              "type": "string"
             },
             "role": {
              "$ref": "#/components/schemas/UserRole"
             },
             "username": {
              "description": "unique, compared without regard to case",
              "minLength": 1,
              "type": "string"
             }
            },
            "required": [
             "username",
             "role",
             "password"
            ],
            "type": "object"
           },
           "POA": {
            "description": "Present on admission: Y, N, U, W, or 1 (exempt). Read without regard to case or surrounding spaces; another value is an error finding of the review (and a 400 from /api/group)",
            "enum": [
             "Y",
             "N",
             "U",
             "W",
             "1"
            ],
            "type": "string"
           },
           "PasswordChange": {
            "additionalProperties": true,
            "properties": {
             "currentPassword": {
              "description": "required when users change their own password (400 when missing, 403 when wrong); ignored when an admin resets another user's password, which makes that user change it at their next sign-in",
              "type": "string"
             },
             "password": {
              "description": "the new password, at least 10 characters",
              "minLength": 10,
              "type": "string"
             }
            },
            "required": [
             "password"
            ],
            "type": "object"
           },
           "Patient": {
            "properties": {
             "birthDate": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "mrn": {
              "type": "string"
             },
             "name": {
              "type": "string"
             },
             "sex": {
              "description": "M, F or U",
              "type": "string"
             }
            },
            "required": [
             "id",
             "mrn",
             "name"
            ],
            "type": "object"
           },
           "PendingItem": {
            "properties": {
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "note": {
              "type": "string"
             },
             "openedAt": {
              "format": "date-time",
              "type": "string"
             },
             "openedBy": {
              "format": "int64",
              "type": "integer"
             },
             "queryID": {
              "format": "int64",
              "type": "integer"
             },
             "reason": {
              "$ref": "#/components/schemas/PendingReason"
             },
             "resolvedAt": {
              "format": "date-time",
              "type": "string"
             },
             "resolvedBy": {
              "format": "int64",
              "type": "integer"
             }
            },
            "required": [
             "id",
             "encounterID",
             "reason",
             "openedAt"
            ],
            "type": "object"
           },
           "PendingReason": {
            "enum": [
             "physicianQuery",
             "missingDocumentation",
             "awaitingResults"
            ],
            "type": "string"
           },
           "PhysicianQuery": {
            "additionalProperties": true,
            "properties": {
             "indicators": {
              "items": {
               "$ref": "#/components/schemas/Evidence"
              },
              "type": "array"
             },
             "options": {
              "items": {
               "$ref": "#/components/schemas/QueryOption"
              },
              "type": "array"
             },
             "queriedCode": {
              "type": "string"
             },
             "question": {
              "type": "string"
             },
             "topic": {
              "type": "string"
             }
            },
            "required": [
             "topic",
             "question",
             "indicators",
             "options"
            ],
            "type": "object"
           },
           "PrecodeRequest": {
            "additionalProperties": true,
            "properties": {
             "encounterIDs": {
              "description": "the encounters to pre-code (404 for one that does not exist); default every encounter still new",
              "items": {
               "format": "int64",
               "type": "integer"
              },
              "type": "array"
             }
            },
            "type": "object"
           },
           "Procedure": {
            "additionalProperties": true,
            "properties": {
             "code": {
              "description": "ICD-10-PCS (7 characters)",
              "type": "string"
             },
             "date": {
              "description": "yyyy-mm-dd",
              "type": "string"
             }
            },
            "required": [
             "code"
            ],
            "type": "object"
           },
           "QueryAdvance": {
            "additionalProperties": true,
            "properties": {
             "answer": {
              "description": "the physician's answer (answered)",
              "type": "string"
             },
             "physician": {
              "type": "string"
             },
             "state": {
              "$ref": "#/components/schemas/QueryState"
             }
            },
            "required": [
             "state"
            ],
            "type": "object"
           },
           "QueryOption": {
            "additionalProperties": true,
            "properties": {
             "code": {
              "type": "string"
             },
             "drg": {
              "type": "string"
             },
             "label": {
              "type": "string"
             },
             "weight": {
              "type": "number"
             },
             "weightChange": {
              "type": "number"
             }
            },
            "required": [
             "label"
            ],
            "type": "object"
           },
           "QueryRecord": {
            "properties": {
             "answer": {
              "type": "string"
             },
             "answeredAt": {
              "format": "date-time",
              "type": "string"
             },
             "answeringPhysician": {
              "type": "string"
             },
             "closedAt": {
              "format": "date-time",
              "type": "string"
             },
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "createdBy": {
              "format": "int64",
              "type": "integer"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "question": {
              "$ref": "#/components/schemas/PhysicianQuery"
             },
             "sentAt": {
              "format": "date-time",
              "type": "string"
             },
             "state": {
              "$ref": "#/components/schemas/QueryState"
             },
             "withdrawnAt": {
              "format": "date-time",
              "type": "string"
             }
            },
            "required": [
             "id",
             "encounterID",
             "question",
             "state",
             "createdAt"
            ],
            "type": "object"
           },
           "QueryState": {
            "description": "open \u2192 sent \u2192 answered \u2192 closed, or withdrawn before it is answered",
            "enum": [
             "open",
             "sent",
             "answered",
             "closed",
             "withdrawn"
            ],
            "type": "string"
           },
           "Queue": {
            "properties": {
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "name": {
              "type": "string"
             },
             "rules": {
              "$ref": "#/components/schemas/QueueRules"
             }
            },
            "required": [
             "id",
             "name",
             "rules",
             "createdAt"
            ],
            "type": "object"
           },
           "QueuePage": {
            "properties": {
             "encounters": {
              "items": {
               "$ref": "#/components/schemas/Encounter"
              },
              "type": "array"
             },
             "queue": {
              "$ref": "#/components/schemas/Queue"
             },
             "total": {
              "type": "integer"
             },
             "unassigned": {
              "type": "integer"
             }
            },
            "required": [
             "queue",
             "total",
             "unassigned",
             "encounters"
            ],
            "type": "object"
           },
           "QueueRules": {
            "additionalProperties": true,
            "description": "Every rule left out matches everything",
            "properties": {
             "drgs": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "maximumConfidence": {
              "type": "number"
             },
             "minimumConfidence": {
              "type": "number"
             },
             "minimumDischargeAgeDays": {
              "type": "integer"
             },
             "payers": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "services": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "settings": {
              "items": {
               "$ref": "#/components/schemas/CareSetting"
              },
              "type": "array"
             },
             "statuses": {
              "description": "default new, precoded and inProgress",
              "items": {
               "$ref": "#/components/schemas/EncounterStatus"
              },
              "type": "array"
             }
            },
            "type": "object"
           },
           "Rebuttal": {
            "additionalProperties": true,
            "properties": {
             "text": {
              "type": "string"
             }
            },
            "required": [
             "text"
            ],
            "type": "object"
           },
           "SearchResult": {
            "properties": {
             "billable": {
              "type": "boolean"
             },
             "code": {
              "type": "string"
             },
             "matched": {
              "description": "the text that matched, where it was not the title",
              "type": "string"
             },
             "new": {
              "description": "present and true when the code (or heading) is new in the release searched (e.g. ICD-10-CM FY2027)",
              "type": "boolean"
             },
             "score": {
              "type": "number"
             },
             "system": {
              "$ref": "#/components/schemas/CodeSystem"
             },
             "title": {
              "type": "string"
             }
            },
            "required": [
             "code",
             "system",
             "title",
             "billable",
             "score"
            ],
            "type": "object"
           },
           "Statistics": {
            "properties": {
             "auditAccuracy": {
              "items": {
               "properties": {
                "audited": {
                 "type": "integer"
                },
                "codeAccuracy": {
                 "type": "number"
                },
                "coderID": {
                 "format": "int64",
                 "type": "integer"
                },
                "drgAccuracy": {
                 "type": "number"
                },
                "month": {
                 "type": "string"
                },
                "username": {
                 "type": "string"
                }
               },
               "required": [
                "coderID",
                "username",
                "month",
                "audited",
                "codeAccuracy",
                "drgAccuracy"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "backlog": {
              "properties": {
               "byStatus": {
                "additionalProperties": {
                 "type": "integer"
                },
                "description": "encounters per EncounterStatus",
                "type": "object"
               },
               "dnfbByAge": {
                "additionalProperties": {
                 "type": "integer"
                },
                "description": "discharged not final billed, per age bucket (0-3, 4-7, 8-14, 15-30, >30 days)",
                "type": "object"
               }
              },
              "required": [
               "byStatus",
               "dnfbByAge"
              ],
              "type": "object"
             },
             "caseMix": {
              "properties": {
               "caseMixIndex": {
                "type": "number"
               },
               "ccMccCaptureRate": {
                "type": "number"
               },
               "encounters": {
                "type": "integer"
               },
               "totalWeight": {
                "type": "number"
               },
               "withCC": {
                "type": "integer"
               },
               "withMCC": {
                "type": "integer"
               },
               "withoutWeight": {
                "description": "coded encounters left out of the index: their DRG has no relative weight (no Table 5 of their grouper version loaded)",
                "type": "integer"
               }
              },
              "required": [
               "encounters",
               "totalWeight",
               "caseMixIndex",
               "withCC",
               "withMCC",
               "ccMccCaptureRate"
              ],
              "type": "object"
             },
             "census": {
              "items": {
               "properties": {
                "admissions": {
                 "type": "integer"
                },
                "day": {
                 "type": "string"
                },
                "discharges": {
                 "type": "integer"
                }
               },
               "required": [
                "day",
                "admissions",
                "discharges"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "codedPerCoderPerDay": {
              "items": {
               "properties": {
                "coded": {
                 "type": "integer"
                },
                "coderID": {
                 "format": "int64",
                 "type": "integer"
                },
                "day": {
                 "type": "string"
                },
                "username": {
                 "type": "string"
                }
               },
               "required": [
                "coderID",
                "username",
                "day",
                "coded"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "from": {
              "description": "yyyy-mm-dd",
              "type": "string"
             },
             "queries": {
              "properties": {
               "answered": {
                "type": "integer"
               },
               "encounters": {
                "type": "integer"
               },
               "encountersQueried": {
                "type": "integer"
               },
               "medianTurnaroundHours": {
                "type": "number"
               },
               "queries": {
                "type": "integer"
               },
               "queryRate": {
                "type": "number"
               }
              },
              "required": [
               "encounters",
               "encountersQueried",
               "queryRate",
               "queries",
               "answered"
              ],
              "type": "object"
             },
             "suggestionOutcome": {
              "properties": {
               "accepted": {
                "type": "integer"
               },
               "added": {
                "type": "integer"
               },
               "edited": {
                "type": "integer"
               },
               "encounters": {
                "type": "integer"
               },
               "removed": {
                "type": "integer"
               }
              },
              "required": [
               "encounters",
               "accepted",
               "edited",
               "removed",
               "added"
              ],
              "type": "object"
             },
             "to": {
              "description": "yyyy-mm-dd",
              "type": "string"
             }
            },
            "required": [
             "from",
             "to",
             "census",
             "backlog",
             "codedPerCoderPerDay",
             "caseMix",
             "suggestionOutcome",
             "queries",
             "auditAccuracy"
            ],
            "type": "object"
           },
           "StatusChangeRequest": {
            "additionalProperties": true,
            "properties": {
             "note": {
              "type": "string"
             },
             "pendingReason": {
              "$ref": "#/components/schemas/PendingReason",
              "description": "required for onHold (400 without)"
             },
             "status": {
              "$ref": "#/components/schemas/EncounterStatus",
              "description": "not coded: submit with POST /api/encounters/{id}/submit (400)"
             }
            },
            "required": [
             "status"
            ],
            "type": "object"
           },
           "StatusHistoryEntry": {
            "properties": {
             "actor": {
              "type": "string"
             },
             "changedAt": {
              "format": "date-time",
              "type": "string"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "from": {
              "$ref": "#/components/schemas/EncounterStatus"
             },
             "pendingReason": {
              "$ref": "#/components/schemas/PendingReason"
             },
             "to": {
              "$ref": "#/components/schemas/EncounterStatus"
             },
             "userID": {
              "format": "int64",
              "type": "integer"
             }
            },
            "required": [
             "encounterID",
             "to",
             "actor",
             "changedAt"
            ],
            "type": "object"
           },
           "StoredDiagnosis": {
            "description": "A diagnosis of a stored version, as it was sent",
            "properties": {
             "code": {
              "type": "string"
             },
             "poa": {
              "description": "as the coder sent it (Y, N, U, W or 1 when valid)",
              "type": "string"
             }
            },
            "required": [
             "code"
            ],
            "type": "object"
           },
           "SuggestedCode": {
            "properties": {
             "assertion": {
              "enum": [
               "present",
               "negated",
               "uncertain",
               "historical",
               "family"
              ],
              "type": "string"
             },
             "basis": {
              "type": "string"
             },
             "code": {
              "type": "string"
             },
             "confidence": {
              "type": "number"
             },
             "evidence": {
              "items": {
               "$ref": "#/components/schemas/EvidenceSpan"
              },
              "type": "array"
             },
             "partial": {
              "type": "boolean"
             },
             "principal": {
              "type": "boolean"
             },
             "reasons": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "system": {
              "$ref": "#/components/schemas/CodeSystem"
             },
             "title": {
              "type": "string"
             }
            },
            "required": [
             "code",
             "system",
             "title",
             "confidence",
             "assertion",
             "principal",
             "partial",
             "evidence",
             "reasons",
             "basis"
            ],
            "type": "object"
           },
           "Suggestions": {
            "properties": {
             "diagnoses": {
              "description": "the principal or first-listed candidate first",
              "items": {
               "$ref": "#/components/schemas/SuggestedCode"
              },
              "type": "array"
             },
             "notCoded": {
              "items": {
               "properties": {
                "code": {
                 "type": "string"
                },
                "detail": {
                 "type": "string"
                },
                "evidence": {
                 "items": {
                  "$ref": "#/components/schemas/EvidenceSpan"
                 },
                 "type": "array"
                },
                "reason": {
                 "enum": [
                  "negated",
                  "family",
                  "hypothetical",
                  "uncertain-outpatient",
                  "integral-symptom",
                  "combined",
                  "less-specific",
                  "ruled-out",
                  "other-meaning",
                  "not-reported",
                  "not-in-release"
                 ],
                 "type": "string"
                },
                "system": {
                 "$ref": "#/components/schemas/CodeSystem"
                },
                "title": {
                 "type": "string"
                }
               },
               "required": [
                "code",
                "system",
                "title",
                "reason",
                "evidence"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "procedures": {
              "items": {
               "$ref": "#/components/schemas/SuggestedCode"
              },
              "type": "array"
             },
             "setting": {
              "$ref": "#/components/schemas/CareSetting"
             }
            },
            "required": [
             "setting",
             "diagnoses",
             "procedures",
             "notCoded"
            ],
            "type": "object"
           },
           "User": {
            "properties": {
             "active": {
              "description": "an inactive user cannot sign in and their tokens are refused",
              "type": "boolean"
             },
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "displayName": {
              "type": "string"
             },
             "failedSignIns": {
              "description": "sign-ins refused for this username since its last success (absent when none)",
              "minimum": 0,
              "type": "integer"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "lockedUntil": {
              "description": "sign-in refused until then after too many failed attempts (absent when not locked); an admin lifts it with POST /api/users/{id}/unlock",
              "format": "date-time",
              "type": "string"
             },
             "mustChangePassword": {
              "description": "the password was set by an admin: the user must choose their own (POST /api/users/{id}/password with currentPassword)",
              "type": "boolean"
             },
             "role": {
              "$ref": "#/components/schemas/UserRole"
             },
             "username": {
              "type": "string"
             }
            },
            "required": [
             "id",
             "username",
             "displayName",
             "role",
             "active",
             "createdAt"
            ],
            "type": "object"
           },
           "UserRole": {
            "enum": [
             "coder",
             "cdi",
             "auditor",
             "manager",
             "admin"
            ],
            "type": "string"
           },
           "Version": {
            "properties": {
             "ccMcc": {
              "$ref": "#/components/schemas/CCMCCLevel"
             },
             "confidence": {
              "type": "number"
             },
             "createdAt": {
              "format": "date-time",
              "type": "string"
             },
             "createdBy": {
              "description": "the username, engine or import",
              "type": "string"
             },
             "diagnoses": {
              "items": {
               "$ref": "#/components/schemas/StoredDiagnosis"
              },
              "type": "array"
             },
             "drg": {
              "type": "string"
             },
             "encounterID": {
              "format": "int64",
              "type": "integer"
             },
             "engineVersion": {
              "type": "string"
             },
             "findings": {
              "items": {
               "$ref": "#/components/schemas/Finding"
              },
              "type": "array"
             },
             "id": {
              "format": "int64",
              "type": "integer"
             },
             "number": {
              "type": "integer"
             },
             "procedures": {
              "items": {
               "properties": {
                "code": {
                 "type": "string"
                },
                "date": {
                 "type": "string"
                }
               },
               "required": [
                "code"
               ],
               "type": "object"
              },
              "type": "array"
             },
             "source": {
              "$ref": "#/components/schemas/VersionSource"
             },
             "userID": {
              "format": "int64",
              "type": "integer"
             },
             "weight": {
              "type": "number"
             }
            },
            "required": [
             "id",
             "encounterID",
             "number",
             "createdBy",
             "createdAt",
             "source",
             "diagnoses",
             "procedures",
             "findings"
            ],
            "type": "object"
           },
           "VersionSource": {
            "enum": [
             "precode",
             "coder",
             "auditor",
             "import"
            ],
            "type": "string"
           }
          },
          "securitySchemes": {
           "bearer": {
            "scheme": "bearer",
            "type": "http"
           }
          }
         },
         "info": {
          "description": "Encounters, queues, coding, physician queries, audits and statistics over the OpenCoder engines. Every route that touches patient data needs a bearer token (POST /api/login) and a role (x-roles); reads of charts and notes are written to the access log. Errors are {\"error\": \"\u2026\"} (under /fhir, OperationOutcome resources). Every path answers 405 with an Allow header to a method it does not declare; a route that computes (search, suggestion, review, grouping) answers 503 with Retry-After when the compute queue is full; sign-in answers 429 with Retry-After after too many failed attempts for a user or a client address. Request bodies are limited to 32 MiB (413).",
          "title": "OpenCoder worklist service",
          "version": "1.0.0"
         },
         "openapi": "3.1.0",
         "paths": {
          "/api/access-log": {
           "get": {
            "parameters": [
             {
              "description": "only this user's entries",
              "in": "query",
              "name": "user",
              "required": false,
              "schema": {
               "format": "int64",
               "type": "integer"
              }
             },
             {
              "description": "only this encounter's entries",
              "in": "query",
              "name": "encounter",
              "required": false,
              "schema": {
               "format": "int64",
               "type": "integer"
              }
             },
             {
              "description": "ISO 8601; ignored when it is not a date-time",
              "in": "query",
              "name": "from",
              "required": false,
              "schema": {
               "format": "date-time",
               "type": "string"
              }
             },
             {
              "description": "ISO 8601, exclusive; ignored when it is not a date-time",
              "in": "query",
              "name": "to",
              "required": false,
              "schema": {
               "format": "date-time",
               "type": "string"
              }
             },
             {
              "description": "default 500, kept within 1\u20265000",
              "in": "query",
              "name": "limit",
              "required": false,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/AccessLogEntry"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Who read which chart or note, when",
            "tags": [
             "security"
            ],
            "x-roles": [
             "admin"
            ]
           }
          },
          "/api/audit-items/{id}/decide": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/AuditDecisionRequest"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AuditItem"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong, or the item is not scored yet"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such audit item"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "The final decision",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "auditor"
            ]
           }
          },
          "/api/audit-items/{id}/rebut": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Rebuttal"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AuditItem"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong, or the item is not scored yet or already decided"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this, or the audit is of another coder's work"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such audit item"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "The coder's rebuttal",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "coder"
            ]
           }
          },
          "/api/audit-items/{id}/recode": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/CodeSet"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AuditItem"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong, or the item is already re-coded"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this, or auditors may not audit their own coding"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such audit item"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "The auditor's blind re-coding, scored",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "auditor"
            ]
           }
          },
          "/api/audits": {
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/AuditSampleRequest"
               }
              }
             },
             "required": true
            },
            "responses": {
             "201": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AuditSample"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field)"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Draw an audit sample (reproducible from its seed)",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "auditor",
             "manager"
            ]
           }
          },
          "/api/audits/{id}": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AuditSample"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such audit sample"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "A sample with its items",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "auditor",
             "manager"
            ]
           }
          },
          "/api/check": {
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Claim"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/Finding"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "not a claim (the message names the field), more than 100 diagnoses or procedures, or a claim the review cannot read"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Review a claim: findings",
            "tags": [
             "engines"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/documents/{id}": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Document"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such document"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "One note with its text (logged)",
            "tags": [
             "encounters"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/duplicates": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/DuplicatePatientPair"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Potential duplicate patients",
            "tags": [
             "encounters"
            ],
            "x-roles": [
             "manager",
             "admin"
            ]
           }
          },
          "/api/encounters/{id}": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Encounter"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "An encounter (workflow fields)",
            "tags": [
             "encounters"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/chart": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Chart"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "The chart: patient, documents with text, versions, history, pending, queries (logged)",
            "tags": [
             "encounters"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/history": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/StatusHistoryEntry"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Status history",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/pending": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/PendingItem"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Pending items",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/queries": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/QueryRecord"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Physician queries of an encounter",
            "tags": [
             "queries"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           },
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewQuery"
               }
              }
             },
             "required": true
            },
            "responses": {
             "201": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/QueryRecord"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "neither rule nor query, or a field is wrong"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "422": {
              "$ref": "#/components/responses/Error",
              "description": "the review raises no query of that rule for this encounter"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Create a query from a CDI rule of the review, or written out",
            "tags": [
             "queries"
            ],
            "x-roles": [
             "coder",
             "cdi"
            ]
           }
          },
          "/api/encounters/{id}/release": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "204": {
              "description": "Released"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the caller is not the coder the encounter is assigned to (nor a manager), or the role may not do this"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Give an encounter back to its queue",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/review": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/CodeSet"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Evaluation"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field), or {id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Edits and DRG of a code set, not stored",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/status": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/StatusChangeRequest"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Encounter"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong, the status is coded (use submit), or onHold has no pendingReason"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the caller is not the coder the encounter is assigned to (nor a manager), or the role may not do this"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "409": {
              "$ref": "#/components/responses/Error",
              "description": "the transition table does not allow the move (the message names from and to)"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Move an encounter (on hold needs a pending reason)",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/submit": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/CodeSet"
               }
              }
             },
             "description": "the final code set, stored as a version first; without a body the latest version is submitted as it is",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Encounter"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field), or {id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the caller is not the coder the encounter is assigned to (nor a manager), or the role may not do this"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "409": {
              "$ref": "#/components/responses/Error",
              "description": "not inProgress, or blocked: open pending items, error findings, no code set (the message says which)"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Submit (optionally with a final code set); refused while errors or pending reasons remain",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "manager"
            ]
           }
          },
          "/api/encounters/{id}/versions": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/Version"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Every version of the code set, oldest first (an auditor sees only the auditors' versions)",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           },
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/CodeSet"
               }
              }
             },
             "required": true
            },
            "responses": {
             "201": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Version"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field), or {id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the caller is not the coder the encounter is assigned to (nor a manager), or the role may not do this"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such encounter"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Append a version: reviewed and grouped",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "manager"
            ]
           }
          },
          "/api/group": {
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Claim"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Grouping"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "not a claim (the message names the field), more than 100 diagnoses or procedures, or a claim the grouper cannot read (date, code, POA, version)"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Group a claim into its MS-DRG",
            "tags": [
             "engines"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/icd10cm/v3/search": {
           "get": {
            "parameters": [
             {
              "description": "the words or code to search for; at most 256 characters and no word over 64 (400 otherwise)",
              "example": "aspiration pneum",
              "in": "query",
              "name": "terms",
              "required": true,
              "schema": {
               "maxLength": 256,
               "minLength": 1,
               "type": "string"
              }
             },
             {
              "description": "the number of results (overrides count)",
              "in": "query",
              "name": "maxList",
              "required": false,
              "schema": {
               "maximum": 500,
               "minimum": 1,
               "type": "integer"
              }
             },
             {
              "description": "page size, default 7",
              "in": "query",
              "name": "count",
              "required": false,
              "schema": {
               "maximum": 500,
               "minimum": 1,
               "type": "integer"
              }
             },
             {
              "description": "default 0",
              "in": "query",
              "name": "offset",
              "required": false,
              "schema": {
               "maximum": 7500,
               "minimum": 0,
               "type": "integer"
              }
             },
             {
              "description": "fields searched, comma-separated: code, name (default both)",
              "in": "query",
              "name": "sf",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "fields displayed, comma-separated: code, name (default both)",
              "in": "query",
              "name": "df",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "extra fields returned, comma-separated: code, name",
              "in": "query",
              "name": "ef",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ClinicalTablesAnswer"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "terms is missing or blank, longer than 256 characters or has a word over 64; a number is out of range or a field unknown"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "summary": "NLM Clinical Tables compatible ICD-10-CM search: [total, codes, extra fields or null, display rows]",
            "tags": [
             "engines"
            ]
           }
          },
          "/api/import": {
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "description": "a FHIR R4 Bundle",
                "type": "object"
               }
              },
              "application/json": {
               "schema": {
                "description": "a FHIR R4 Bundle",
                "type": "object"
               }
              },
              "text/csv": {
               "schema": {
                "type": "string"
               }
              }
             },
             "description": "A FHIR R4 Bundle (Patient, Encounter, Condition, Procedure, DocumentReference, Binary) as JSON, or a CSV of encounters (Content-Type text/csv); at most 32 MiB",
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ImportResult"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "not a FHIR Bundle or a CSV with its header (records that cannot be imported are listed in rejected, with a 200)"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Import a FHIR R4 Bundle or a CSV of encounters; idempotent by encounter identifier",
            "tags": [
             "encounters"
            ],
            "x-roles": [
             "manager",
             "admin"
            ]
           }
          },
          "/api/jobs": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/Job"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Batch jobs, newest first",
            "tags": [
             "jobs"
            ],
            "x-roles": [
             "manager",
             "admin"
            ]
           }
          },
          "/api/jobs/{id}": {
           "get": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Job"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such job"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "A job and its progress",
            "tags": [
             "jobs"
            ],
            "x-roles": [
             "manager",
             "admin"
            ]
           }
          },
          "/api/login": {
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Credentials"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/IssuedToken"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is not the credentials"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "unknown user, wrong password or inactive account (one answer for all three)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             },
             "429": {
              "$ref": "#/components/responses/TooManyRequests"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "summary": "Sign in: a bearer token that expires",
            "tags": [
             "auth"
            ]
           }
          },
          "/api/logout": {
           "post": {
            "responses": {
             "204": {
              "description": "Signed out"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Revoke the token",
            "tags": [
             "auth"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/lookup": {
           "get": {
            "parameters": [
             {
              "description": "a code or code prefix, or words in any order; at most 256 characters and no word over 64 (400 otherwise)",
              "example": "aspiration pneumonia",
              "in": "query",
              "name": "q",
              "required": true,
              "schema": {
               "maxLength": 256,
               "minLength": 1,
               "type": "string"
              }
             },
             {
              "description": "default all",
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "enum": [
                "all",
                "icd10cm",
                "icd10pcs",
                "hcpcs"
               ],
               "type": "string"
              }
             },
             {
              "description": "default 20, kept within 1\u2026500",
              "in": "query",
              "name": "limit",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "description": "the code sets in effect that day (yyyy-mm-dd, 400 otherwise)",
              "in": "query",
              "name": "date",
              "required": false,
              "schema": {
               "format": "date",
               "type": "string"
              }
             },
             {
              "description": "true (or 1): codes valid for reporting only",
              "in": "query",
              "name": "billable",
              "required": false,
              "schema": {
               "type": "boolean"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/SearchResult"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "q is missing or blank, longer than 256 characters or has a word over 64; system or date is wrong"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "summary": "Look a code up from what a coder types",
            "tags": [
             "engines"
            ]
           }
          },
          "/api/me": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/User"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "The signed-in user",
            "tags": [
             "auth"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/pending/{id}/resolve": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "204": {
              "description": "Resolved"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the caller is not the coder the encounter is assigned to (nor a manager), or the role may not do this"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such pending item"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Resolve a pending item",
            "tags": [
             "coding"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "manager"
            ]
           }
          },
          "/api/precode": {
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/PrecodeRequest"
               }
              }
             },
             "required": false
            },
            "responses": {
             "202": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Job"
                }
               }
              },
              "description": "Accepted"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field)"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "one of encounterIDs does not exist"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Start batch pre-coding (all new encounters, or those given)",
            "tags": [
             "jobs"
            ],
            "x-roles": [
             "manager",
             "admin"
            ]
           }
          },
          "/api/queries/{id}/advance": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/QueryAdvance"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/QueryRecord"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong, or answered without an answer"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such query"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "409": {
              "$ref": "#/components/responses/Error",
              "description": "the query's table does not allow the move"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "open \u2192 sent \u2192 answered \u2192 closed (or withdrawn)",
            "tags": [
             "queries"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "manager"
            ]
           }
          },
          "/api/queues": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/Queue"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Queues",
            "tags": [
             "worklist"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewQueue"
               }
              }
             },
             "required": true
            },
            "responses": {
             "201": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Queue"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "a field is missing or wrong, or the name is blank or taken"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Create a queue from rules",
            "tags": [
             "worklist"
            ],
            "x-roles": [
             "manager"
            ]
           }
          },
          "/api/queues/{id}/claim": {
           "post": {
            "parameters": [
             {
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Encounter"
                }
               }
              },
              "description": "OK"
             },
             "204": {
              "description": "The queue is empty"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such queue"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Claim the next encounter (never given to two coders)",
            "tags": [
             "worklist"
            ],
            "x-roles": [
             "coder",
             "cdi"
            ]
           }
          },
          "/api/queues/{id}/encounters": {
           "get": {
            "parameters": [
             {
              "description": "a whole number (400 otherwise)",
              "example": 1,
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "format": "int64",
               "type": "integer"
              }
             },
             {
              "description": "default 50, kept within 1\u2026500",
              "in": "query",
              "name": "limit",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "description": "default 0",
              "in": "query",
              "name": "offset",
              "required": false,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/QueuePage"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such queue"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "A page of a queue, oldest discharge first",
            "tags": [
             "worklist"
            ],
            "x-roles": [
             "coder",
             "cdi",
             "auditor",
             "manager"
            ]
           }
          },
          "/api/scorecards": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/CoderScorecard"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Per-coder audit scorecards",
            "tags": [
             "audits"
            ],
            "x-roles": [
             "auditor",
             "manager"
            ]
           }
          },
          "/api/stats": {
           "get": {
            "parameters": [
             {
              "description": "yyyy-mm-dd (400 otherwise); default 30 days ago",
              "in": "query",
              "name": "from",
              "required": false,
              "schema": {
               "format": "date",
               "type": "string"
              }
             },
             {
              "description": "yyyy-mm-dd (400 otherwise), not before from; default today",
              "in": "query",
              "name": "to",
              "required": false,
              "schema": {
               "format": "date",
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Statistics"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "from or to is not a date (yyyy-mm-dd), or from is after to"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Department statistics over a discharge-date range",
            "tags": [
             "statistics"
            ],
            "x-roles": [
             "manager",
             "auditor"
            ]
           }
          },
          "/api/suggest": {
           "post": {
            "parameters": [
             {
              "description": "outpatient codes uncertain diagnoses as their symptoms; default (and any other value) inpatient",
              "in": "query",
              "name": "setting",
              "required": false,
              "schema": {
               "enum": [
                "inpatient",
                "outpatient"
               ],
               "type": "string"
              }
             },
             {
              "description": "the note's date (yyyy-mm-dd, e.g. the discharge date): ICD-10-CM codes of the release in effect on it; default the release in effect today",
              "in": "query",
              "name": "date",
              "required": false,
              "schema": {
               "format": "date",
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "content": {
              "text/plain": {
               "schema": {
                "type": "string"
               }
              }
             },
             "description": "the note, UTF-8 text, at most 1 MiB (413 beyond)",
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Suggestions"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "not a note (empty, binary, not UTF-8)"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the note is larger than 1 MiB"
             },
             "503": {
              "$ref": "#/components/responses/Busy"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Suggest codes for a note (text/plain, UTF-8)",
            "tags": [
             "engines"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/users": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "items": {
                  "$ref": "#/components/schemas/User"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Users",
            "tags": [
             "users"
            ],
            "x-roles": [
             "admin"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewUser"
               }
              }
             },
             "required": true
            },
            "responses": {
             "201": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/User"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "a field is missing or wrong, the password is shorter than 10 characters, or the username is taken"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Create a user",
            "tags": [
             "users"
            ],
            "x-roles": [
             "admin"
            ]
           }
          },
          "/api/users/{id}/active": {
           "post": {
            "parameters": [
             {
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/ActiveChange"
               }
              }
             },
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/User"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the body is wrong (the message names the field), or {id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such user"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Activate or deactivate a user (revokes tokens)",
            "tags": [
             "users"
            ],
            "x-roles": [
             "admin"
            ]
           }
          },
          "/api/users/{id}/password": {
           "post": {
            "parameters": [
             {
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/PasswordChange"
               }
              }
             },
             "required": true
            },
            "responses": {
             "204": {
              "description": "Changed"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "the password is shorter than 10 characters, or currentPassword is missing when changing your own"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "another user's password and the caller is not an admin, or currentPassword is wrong"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such user"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             },
             "413": {
              "$ref": "#/components/responses/Error",
              "description": "the body is larger than 32 MiB"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Set a password: your own (with currentPassword), or another user's as an admin (they must change it at their next sign-in)",
            "tags": [
             "users"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/api/users/{id}/unlock": {
           "post": {
            "parameters": [
             {
              "description": "a whole number (400 otherwise)",
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "format": "int64",
               "type": "integer"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/User"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error",
              "description": "{id} is not a whole number"
             },
             "401": {
              "$ref": "#/components/responses/Error",
              "description": "not signed in: no token, or one that is unknown, expired or revoked"
             },
             "403": {
              "$ref": "#/components/responses/Error",
              "description": "the role may not do this (or a cross-site request with the session cookie)"
             },
             "404": {
              "$ref": "#/components/responses/Error",
              "description": "no such user"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Lift a sign-in lockout (and reset the failed sign-ins)",
            "tags": [
             "users"
            ],
            "x-roles": [
             "admin"
            ]
           }
          },
          "/fhir/CodeSystem": {
           "get": {
            "parameters": [
             {
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRBundle"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             }
            },
            "summary": "Search the code systems (a searchset Bundle of CodeSystem resources, content not-present); read one at /fhir/CodeSystem/icd-10-cm or icd-10-pcs",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/CodeSystem/$lookup": {
           "get": {
            "parameters": [
             {
              "description": "http://hl7.org/fhir/sid/icd-10-cm or http://www.cms.gov/Medicare/Coding/ICD10",
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "with or without the dot: J69.0 or J690",
              "example": "J69.0",
              "in": "query",
              "name": "code",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "version",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "only these properties (repeat or comma-separate)",
              "in": "query",
              "name": "property",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "system|code",
              "in": "query",
              "name": "coding",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             }
            },
            "summary": "Look a code up: name, version, display and properties (parent, child, kind, billable, inactive, every instructional note own and inherited, 7th characters; PCS axes)",
            "tags": [
             "fhir"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              }
             },
             "description": "The operation's input as a FHIR Parameters resource (instead of, or beside, the query)",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "413": {
              "$ref": "#/components/responses/FHIRError",
              "description": "the body is larger than 32 MiB"
             }
            },
            "summary": "Look a code up: name, version, display and properties (parent, child, kind, billable, inactive, every instructional note own and inherited, 7th characters; PCS axes) (input as a Parameters resource)",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/CodeSystem/$subsumes": {
           "get": {
            "parameters": [
             {
              "description": "http://hl7.org/fhir/sid/icd-10-cm or http://www.cms.gov/Medicare/Coding/ICD10",
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "example": "J69",
              "in": "query",
              "name": "codeA",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "example": "J69.0",
              "in": "query",
              "name": "codeB",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "version",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             }
            },
            "summary": "How two codes are related in the hierarchy: equivalent, subsumes, subsumed-by or not-subsumed",
            "tags": [
             "fhir"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              }
             },
             "description": "The operation's input as a FHIR Parameters resource (instead of, or beside, the query)",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "413": {
              "$ref": "#/components/responses/FHIRError",
              "description": "the body is larger than 32 MiB"
             }
            },
            "summary": "How two codes are related in the hierarchy: equivalent, subsumes, subsumed-by or not-subsumed (input as a Parameters resource)",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/CodeSystem/$validate-code": {
           "get": {
            "parameters": [
             {
              "description": "the code system URL (or system)",
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "http://hl7.org/fhir/sid/icd-10-cm or http://www.cms.gov/Medicare/Coding/ICD10",
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "example": "J69.0",
              "in": "query",
              "name": "code",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "example": "Pneumonitis due to inhalation of food and vomit",
              "in": "query",
              "name": "display",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "version",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "system|code",
              "in": "query",
              "name": "coding",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             }
            },
            "summary": "Whether a code (and its display) is in the code system: result, message, display",
            "tags": [
             "fhir"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              }
             },
             "description": "The operation's input as a FHIR Parameters resource (instead of, or beside, the query)",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "413": {
              "$ref": "#/components/responses/FHIRError",
              "description": "the body is larger than 32 MiB"
             }
            },
            "summary": "Whether a code (and its display) is in the code system: result, message, display (input as a Parameters resource)",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/ValueSet/$expand": {
           "get": {
            "parameters": [
             {
              "description": "http://hl7.org/fhir/sid/icd-10-cm (or ...?fhir_vs), or the ICD-10-PCS URL",
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "words ranked by the lookup engine; at most 256 characters and no word over 64 (400 otherwise)",
              "example": "aspiration pneum",
              "in": "query",
              "name": "filter",
              "required": false,
              "schema": {
               "maxLength": 256,
               "type": "string"
              }
             },
             {
              "description": "0 to 1000, default 100",
              "example": 10,
              "in": "query",
              "name": "count",
              "required": false,
              "schema": {
               "maximum": 1000,
               "minimum": 0,
               "type": "integer"
              }
             },
             {
              "description": "default 0",
              "in": "query",
              "name": "offset",
              "required": false,
              "schema": {
               "maximum": 1000000,
               "minimum": 0,
               "type": "integer"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRValueSet"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "503": {
              "$ref": "#/components/responses/FHIRBusy"
             }
            },
            "summary": "Expand the implicit value set of a code system (codes valid for reporting), filtered with the lookup engine, one page of count from offset",
            "tags": [
             "fhir"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              }
             },
             "description": "The operation's input as a FHIR Parameters resource (instead of, or beside, the query)",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRValueSet"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "413": {
              "$ref": "#/components/responses/FHIRError",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/FHIRBusy"
             }
            },
            "summary": "Expand the implicit value set of a code system (codes valid for reporting), filtered with the lookup engine, one page of count from offset (input as a Parameters resource)",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/ValueSet/$validate-code": {
           "get": {
            "parameters": [
             {
              "example": "http://hl7.org/fhir/sid/icd-10-cm",
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "http://hl7.org/fhir/sid/icd-10-cm or http://www.cms.gov/Medicare/Coding/ICD10",
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "example": "J69.0",
              "in": "query",
              "name": "code",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "display",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "systemVersion",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "system|code",
              "in": "query",
              "name": "coding",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "503": {
              "$ref": "#/components/responses/FHIRBusy"
             }
            },
            "summary": "Whether a code is in the implicit value set of a code system (valid for reporting): result, message, display",
            "tags": [
             "fhir"
            ]
           },
           "post": {
            "requestBody": {
             "content": {
              "application/fhir+json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParametersInput"
               }
              }
             },
             "description": "The operation's input as a FHIR Parameters resource (instead of, or beside, the query)",
             "required": false
            },
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRParameters"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/FHIRError",
              "description": "a parameter is missing, malformed or given twice (or the body is not a Parameters resource)"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError",
              "description": "an unknown code system, version, value set or code"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             },
             "413": {
              "$ref": "#/components/responses/FHIRError",
              "description": "the body is larger than 32 MiB"
             },
             "503": {
              "$ref": "#/components/responses/FHIRBusy"
             }
            },
            "summary": "Whether a code is in the implicit value set of a code system (valid for reporting): result, message, display (input as a Parameters resource)",
            "tags": [
             "fhir"
            ]
           }
          },
          "/fhir/metadata": {
           "get": {
            "parameters": [
             {
              "description": "json (the only format; another is 406)",
              "in": "query",
              "name": "_format",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "content": {
               "application/fhir+json": {
                "schema": {
                 "$ref": "#/components/schemas/FHIRCapabilityStatement"
                }
               }
              },
              "description": "OK"
             },
             "405": {
              "$ref": "#/components/responses/FHIRMethodNotAllowed"
             },
             "406": {
              "$ref": "#/components/responses/FHIRError",
              "description": "_format is not json"
             }
            },
            "summary": "The FHIR CapabilityStatement of the terminology server",
            "tags": [
             "fhir"
            ]
           }
          },
          "/health": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Health"
                }
               }
              },
              "description": "OK"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "summary": "Liveness",
            "tags": [
             "service"
            ]
           }
          },
          "/openapi.json": {
           "get": {
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "required": [
                  "openapi",
                  "paths"
                 ],
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "405": {
              "$ref": "#/components/responses/MethodNotAllowed"
             }
            },
            "summary": "This document",
            "tags": [
             "service"
            ]
           }
          }
         }
        }
        """#
}
