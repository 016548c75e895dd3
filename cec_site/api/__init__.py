"""The read-only JSON API (Wagtail API v2) for publications, projects and topics."""
