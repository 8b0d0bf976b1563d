"""Exercise: Answer 404 for a missing product, and stop hiding real errors

The product detail view wraps everything in `except Exception` and answers 200 with {"error":
"something went wrong"}: a missing product looks like a success, and a real bug is hidden from the
logs and the error monitoring. Make a missing product answer 404, and let unexpected errors reach
Django so they become a 500.
"""
from django.db import models
from django.http import JsonResponse
from django.urls import path


class Product(models.Model):
    name = models.CharField(max_length=100)
    price_cents = models.IntegerField(null=True)

    class Meta:
        app_label = "shop"


def product_detail(request, pk):
    try:
        product = Product.objects.get(pk=pk)
        return JsonResponse({"name": product.name, "price": f"{product.price_cents / 100:.2f}"})
    except Exception:
        return JsonResponse({"error": "something went wrong"})


urlpatterns = [path("products/<int:pk>/", product_detail)]
