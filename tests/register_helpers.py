"""Groups whose products hold stars, for tests.

A product's star level is its latest star round's (the product register keeps it; the
group form only shows it), so a test that wants a starred product records the round.
"""

from __future__ import annotations

import uuid

from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.register import StarRoundData

#: The round year of a star level given without one.
ROUND_YEAR = 2024


def save_group(services: Services, data: GroupData) -> uuid.UUID:
    """Save the group; each product given a ``star_level`` gets that level's star round
    (of its ``star_year``, else ``ROUND_YEAR``)."""
    group_id = services.groups.save(data)
    saved = {p.name: p.id for p in services.groups.get(group_id).products}
    for product in data.products:
        if product.star_level:
            services.register.save_round(StarRoundData(
                product_id=saved[product.name], round_year=product.star_year or ROUND_YEAR,
                level=product.star_level))
    return group_id
