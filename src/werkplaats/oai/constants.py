"""Names the protocol fixes (namespaces, schemas, the one metadata format) and the vocabularies
the ``oai_dc`` records use for what the library and publications keep as their own values."""

from werkplaats.library.constants import Licence

REPOSITORY_NAME = "Werkplaatsen Sociaal Domein"
PROTOCOL_VERSION = "2.0"
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
DELETED_RECORD = "persistent"

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

METADATA_PREFIX = "oai_dc"

# Record kinds: the part of the identifier after the repository, ``publication/<uuid>``.
PUBLICATION = "publication"
PRODUCT = "product"

# Sets. Top-level sets for the hierarchy, ``workshop:<slug>``, ``type:<eu-repo type>`` and
# ``kind:<product kind slug>`` below them.
SET_PUBLICATIONS = "publications"
SET_PRODUCTS = "products"
SET_WORKSHOP = "workshop"
SET_TYPE = "type"
SET_KIND = "kind"

DCMI_TYPE = "http://purl.org/dc/dcmitype/"
#: DCMI type of a product by the slug of its kind; any other kind is text.
PRODUCT_DCMI_TYPES = {
    "video": "MovingImage",
    "podcast": "Sound",
    "bijeenkomst-event": "Event",
}

#: The licence a product or publication carries, as a URI where there is one.
LICENCE_URIS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}
EMBARGO_END = "info:eu-repo/date/embargoEnd/"
