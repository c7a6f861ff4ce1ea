"""Data leaving blinadesk in the forms hospital systems and trial sites read.

- `fhir`: an HL7 FHIR R4 Bundle (type collection) for hospital systems;
- `redcap`: a REDCap data dictionary and records CSV with repeating instruments, for trial sites;
- `sdtm`: CDISC SDTM-shaped CSV domains (DM, EX, AE, LB, RS), for sponsors and registries;
- `enrolment`: the trial's enrolment log (MRN -> study subject id) that `redcap` and `sdtm` need, because
  trial files name patients by subject id, never by MRN;
- `patient_csv`: the way in: a bulk patient list from a spreadsheet, all or nothing.

Every exporter reads the record through `blinadesk.services.exchange.export_document` (natural keys, no
database ids), so the formats agree with each other and with `blinadesk export`. No Qt here.
"""
