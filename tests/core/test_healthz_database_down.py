"""/healthz when PostgreSQL does not answer (a real failure, on its own connection)."""

from django.db import connection

import pytest

# A transactional test ends by emptying every table (the next transactional test reloads them),
# so it has a file of its own: `make test` hands whole files to its processes in the order
# pytest-django sets (transactional tests after all others), which keeps it after them.


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_is_503_when_the_database_does_not_answer(client):
    # A real failure, not a mock: point the connection at a port where nothing listens.
    saved = connection.settings_dict.copy()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "down"}
