from django.urls import path

from . import views

urlpatterns = [
    path("recommendations/", views.recommendations, name="recommendations"),
    path("recommendations.csv", views.recommendations_csv, name="recommendations_csv"),
    path("recommendations.json", views.recommendations_json, name="recommendations_json"),
]
