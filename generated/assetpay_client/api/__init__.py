# generated from openapi.yaml by make client — do not edit
"""Contains methods for accessing the API"""
