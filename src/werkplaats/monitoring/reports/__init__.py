"""The evaluation report: its content built once (``content``) and rendered three ways (``html``,
``pdf``, ``workbook``); ``services`` requests, generates and stores it."""
