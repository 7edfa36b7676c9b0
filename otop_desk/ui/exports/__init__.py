"""Export of the monthly workbook, the upload queue, and merging workbooks at the office."""
