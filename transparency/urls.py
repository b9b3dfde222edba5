from django.urls import path

from . import views

urlpatterns = [
    path("recommendations/", views.recommendations, name="recommendations"),
    path("recommendations.csv", views.recommendations_csv, name="recommendations_csv"),
    path("recommendations.json", views.recommendations_json, name="recommendations_json"),
    path("transparency/<int:pk>/", views.topic_checklist, name="topic_checklist"),
    path(
        "transparency/<int:pk>.<str:file_format>",
        views.topic_checklist_data,
        name="topic_checklist_data",
    ),
    path(
        "consultation-results/<int:pk>.<str:file_format>",
        views.consultation_results_data,
        name="consultation_results_data",
    ),
]
