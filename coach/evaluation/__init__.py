"""The eval suite behind `coach eval`: datasets, metrics, suites, gates and reports."""
