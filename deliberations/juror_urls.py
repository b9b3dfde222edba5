from django.urls import path

from . import juror_views

urlpatterns = [
    path("", juror_views.home, name="juror_home"),
    path("sign-in/", juror_views.request_link, name="juror_request_link"),
    path("sign-in/<str:token>/", juror_views.sign_in, name="juror_sign_in"),
    path("sign-out/", juror_views.sign_out, name="juror_sign_out"),
]
