from django.urls import path

from cec_site.oai import views

app_name = "oai"
urlpatterns = [path("", views.endpoint, name="endpoint")]
