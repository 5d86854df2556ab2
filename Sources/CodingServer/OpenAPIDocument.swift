/// The OpenAPI 3.1 description of the API, served at `/openapi.json` and checked against the routes in the tests.
/// Generated from nothing but this file: edit the JSON here when a route changes.
enum OpenAPIDocument {
    static let json = #"""
        {
         "components": {
          "responses": {
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
           "FHIRError": {
            "content": {
             "application/fhir+json": {
              "schema": {
               "$ref": "#/components/schemas/FHIROperationOutcome"
              }
             }
            },
            "description": "An OperationOutcome naming the parameter or code that is wrong"
           }
          },
          "schemas": {
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
              "type": "object"
             },
             "pending": {
              "items": {
               "type": "object"
              },
              "type": "array"
             },
             "queries": {
              "items": {
               "type": "object"
              },
              "type": "array"
             },
             "statusHistory": {
              "items": {
               "type": "object"
              },
              "type": "array"
             },
             "versions": {
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
            "properties": {
             "admitDate": {
              "type": "string"
             },
             "age": {
              "type": "integer"
             },
             "diagnoses": {
              "items": {
               "$ref": "#/components/schemas/Diagnosis"
              },
              "type": "array"
             },
             "dischargeDate": {
              "type": "string"
             },
             "dischargeStatus": {
              "type": "string"
             },
             "documents": {
              "items": {
               "type": "object"
              },
              "type": "array"
             },
             "id": {
              "type": "string"
             },
             "procedures": {
              "items": {
               "$ref": "#/components/schemas/Procedure"
              },
              "type": "array"
             },
             "setting": {
              "type": "string"
             },
             "sex": {
              "type": "string"
             }
            },
            "required": [
             "diagnoses"
            ],
            "type": "object"
           },
           "CodeSet": {
            "properties": {
             "diagnoses": {
              "items": {
               "$ref": "#/components/schemas/Diagnosis"
              },
              "type": "array"
             },
             "procedures": {
              "items": {
               "$ref": "#/components/schemas/Procedure"
              },
              "type": "array"
             }
            },
            "required": [
             "diagnoses"
            ],
            "type": "object"
           },
           "Credentials": {
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
            "properties": {
             "code": {
              "type": "string"
             },
             "poa": {
              "type": "string"
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
              "type": "string"
             },
             "encounterID": {
              "type": "integer"
             },
             "id": {
              "type": "integer"
             },
             "signed": {
              "type": "boolean"
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
             "type",
             "signed",
             "text"
            ],
            "type": "object"
           },
           "Encounter": {
            "properties": {
             "admitDate": {
              "type": "string"
             },
             "assignedCoderID": {
              "type": "integer"
             },
             "dischargeDate": {
              "type": "string"
             },
             "drg": {
              "type": "string"
             },
             "drgWeight": {
              "type": "number"
             },
             "id": {
              "type": "integer"
             },
             "identifier": {
              "type": "string"
             },
             "latestVersion": {
              "type": "integer"
             },
             "patientID": {
              "type": "integer"
             },
             "setting": {
              "type": "string"
             },
             "status": {
              "enum": [
               "new",
               "precoded",
               "inProgress",
               "onHold",
               "coded",
               "audited"
              ],
              "type": "string"
             }
            },
            "required": [
             "id",
             "identifier",
             "patientID",
             "setting",
             "status"
            ],
            "type": "object"
           },
           "Error": {
            "properties": {
             "error": {
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
           "FHIROperationOutcome": {
            "description": "A FHIR R4 OperationOutcome: what went wrong under /fhir, in one line of diagnostics",
            "properties": {
             "issue": {
              "items": {
               "properties": {
                "code": {
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
               "type": "object"
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
              "type": "object"
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
              "type": "string"
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
             "imported": {
              "items": {
               "type": "string"
              },
              "type": "array"
             },
             "rejected": {
              "items": {
               "type": "object"
              },
              "type": "array"
             },
             "updated": {
              "items": {
               "type": "string"
              },
              "type": "array"
             }
            },
            "required": [
             "imported",
             "updated",
             "rejected"
            ],
            "type": "object"
           },
           "IssuedToken": {
            "properties": {
             "expiresAt": {
              "type": "string"
             },
             "token": {
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
             "done": {
              "type": "integer"
             },
             "id": {
              "type": "integer"
             },
             "kind": {
              "type": "string"
             },
             "state": {
              "type": "string"
             },
             "total": {
              "type": "integer"
             }
            },
            "required": [
             "id",
             "kind",
             "state",
             "total",
             "done"
            ],
            "type": "object"
           },
           "NewUser": {
            "properties": {
             "displayName": {
              "type": "string"
             },
             "password": {
              "type": "string"
             },
             "role": {
              "type": "string"
             },
             "username": {
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
           "Procedure": {
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
           "QueryRecord": {
            "properties": {
             "encounterID": {
              "type": "integer"
             },
             "id": {
              "type": "integer"
             },
             "state": {
              "type": "string"
             }
            },
            "required": [
             "id",
             "encounterID",
             "state"
            ],
            "type": "object"
           },
           "Queue": {
            "properties": {
             "createdAt": {
              "type": "string"
             },
             "id": {
              "type": "integer"
             },
             "name": {
              "type": "string"
             },
             "rules": {
              "type": "object"
             }
            },
            "required": [
             "id",
             "name",
             "rules"
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
           "SearchResult": {
            "properties": {
             "billable": {
              "type": "boolean"
             },
             "code": {
              "type": "string"
             },
             "score": {
              "type": "number"
             },
             "system": {
              "type": "string"
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
           "StatusChange": {
            "properties": {
             "note": {
              "type": "string"
             },
             "pendingReason": {
              "enum": [
               "physicianQuery",
               "missingDocumentation",
               "awaitingResults"
              ],
              "type": "string"
             },
             "status": {
              "type": "string"
             }
            },
            "required": [
             "status"
            ],
            "type": "object"
           },
           "User": {
            "properties": {
             "active": {
              "type": "boolean"
             },
             "createdAt": {
              "type": "string"
             },
             "displayName": {
              "type": "string"
             },
             "id": {
              "type": "integer"
             },
             "role": {
              "enum": [
               "coder",
               "cdi",
               "auditor",
               "manager",
               "admin"
              ],
              "type": "string"
             },
             "username": {
              "type": "string"
             }
            },
            "required": [
             "id",
             "username",
             "role",
             "active"
            ],
            "type": "object"
           },
           "Version": {
            "properties": {
             "ccMcc": {
              "type": "string"
             },
             "createdAt": {
              "type": "string"
             },
             "createdBy": {
              "type": "string"
             },
             "diagnoses": {
              "items": {
               "$ref": "#/components/schemas/Diagnosis"
              },
              "type": "array"
             },
             "drg": {
              "type": "string"
             },
             "encounterID": {
              "type": "integer"
             },
             "findings": {
              "items": {
               "$ref": "#/components/schemas/Finding"
              },
              "type": "array"
             },
             "id": {
              "type": "integer"
             },
             "number": {
              "type": "integer"
             },
             "procedures": {
              "items": {
               "$ref": "#/components/schemas/Procedure"
              },
              "type": "array"
             },
             "source": {
              "type": "string"
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
          "description": "Encounters, queues, coding, physician queries, audits and statistics over the OpenCoder engines. Every route that touches patient data needs a bearer token (POST /api/login) and a role; reads of charts and notes are written to the access log.",
          "title": "OpenCoder worklist service",
          "version": "1.0.0"
         },
         "openapi": "3.1.0",
         "paths": {
          "/api/access-log": {
           "get": {
            "parameters": [
             {
              "in": "query",
              "name": "user",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "encounter",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "from",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "to",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
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
                  "type": "object"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "decision": {
                  "type": "string"
                 },
                 "note": {
                  "type": "string"
                 }
                },
                "required": [
                 "decision"
                ],
                "type": "object"
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "text": {
                  "type": "string"
                 }
                },
                "required": [
                 "text"
                ],
                "type": "object"
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "type": "object"
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
                 "type": "object"
                }
               }
              },
              "description": "Created"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                  "type": "object"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                  "type": "object"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                  "type": "object"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "query": {
                  "type": "object"
                 },
                 "rule": {
                  "type": "string"
                 }
                },
                "type": "object"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "$ref": "#/components/schemas/StatusChange"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                 "$ref": "#/components/schemas/Encounter"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Every version of the code set, oldest first",
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "in": "query",
              "name": "terms",
              "required": true,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "maxList",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "count",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "offset",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "sf",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "df",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
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
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
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
                "type": "object"
               }
              },
              "application/json": {
               "schema": {
                "type": "object"
               }
              },
              "text/csv": {
               "schema": {
                "type": "string"
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
                 "$ref": "#/components/schemas/ImportResult"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "in": "query",
              "name": "q",
              "required": true,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "limit",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "date",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "billable",
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
                 "items": {
                  "$ref": "#/components/schemas/SearchResult"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
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
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "encounterIDs": {
                  "items": {
                   "type": "integer"
                  },
                  "type": "array"
                 }
                },
                "type": "object"
               }
              }
             },
             "required": true
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "answer": {
                  "type": "string"
                 },
                 "physician": {
                  "type": "string"
                 },
                 "state": {
                  "type": "string"
                 }
                },
                "required": [
                 "state"
                ],
                "type": "object"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "name": {
                  "type": "string"
                 },
                 "rules": {
                  "type": "object"
                 }
                },
                "required": [
                 "name",
                 "rules"
                ],
                "type": "object"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "limit",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
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
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                  "type": "object"
                 },
                 "type": "array"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "in": "query",
              "name": "from",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "to",
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "in": "query",
              "name": "setting",
              "required": false,
              "schema": {
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
             "required": true
            },
            "responses": {
             "200": {
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              },
              "description": "OK"
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "active": {
                  "type": "boolean"
                 }
                },
                "required": [
                 "active"
                ],
                "type": "object"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
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
                "properties": {
                 "password": {
                  "type": "string"
                 }
                },
                "required": [
                 "password"
                ],
                "type": "object"
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
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "security": [
             {
              "bearer": []
             }
            ],
            "summary": "Set a password (own, or any for an admin)",
            "tags": [
             "users"
            ],
            "x-roles": [
             "any"
            ]
           }
          },
          "/fhir/CodeSystem": {
           "get": {
            "parameters": [
             {
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
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
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "with or without the dot: J69.0 or J690",
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
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
                "$ref": "#/components/schemas/FHIRParameters"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParameters"
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
              "in": "query",
              "name": "system",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "codeA",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
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
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
                "$ref": "#/components/schemas/FHIRParameters"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParameters"
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
                "$ref": "#/components/schemas/FHIRParameters"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParameters"
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
              "in": "query",
              "name": "url",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "in": "query",
              "name": "filter",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "description": "0 to 1000, default 100",
              "in": "query",
              "name": "count",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "in": "query",
              "name": "offset",
              "required": false,
              "schema": {
               "type": "integer"
              }
             },
             {
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
                "$ref": "#/components/schemas/FHIRParameters"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParameters"
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
              "description": "json (the only format)",
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
                "$ref": "#/components/schemas/FHIRParameters"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/FHIRParameters"
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
              "$ref": "#/components/responses/FHIRError"
             },
             "404": {
              "$ref": "#/components/responses/FHIRError"
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
              "description": "json (the only format)",
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
                 "type": "object"
                }
               }
              },
              "description": "OK"
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
