"""werkplaats: platform for the Werkplaatsen Sociaal Domein."""
