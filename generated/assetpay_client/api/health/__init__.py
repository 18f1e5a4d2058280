# generated from openapi.yaml by make client — do not edit
"""Contains endpoint functions for accessing the API"""
