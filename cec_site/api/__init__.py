"""The read-only JSON API (Wagtail API v2): every section that opens the door, and topics."""
