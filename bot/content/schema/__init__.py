"""JSON Schemas for flow files, shipped with the package."""
