"""Names of places that take no part in an event: where it happened.

A report naming "Louisiana" and another naming "Deepwater Horizon" do not
have different participants: a state, a sea or a coast is where, not who
(`reports.participants`). Countries and cities are not here: in news they
act ("Russia expelled ...", "Washington imposed ...").
"""

US_STATES = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming",
))

# The last word of a geographic name: "the Gulf of Mexico" (first word),
# "the Java Sea", "the Gulf Coast", "Cape Canaveral" (first word).
GEOGRAPHIC_HEAD_WORDS = frozenset("""
Sea Ocean Coast Bay River Lake Island Islands Mountains Valley Peninsula Strait Gulf Desert Basin County Province
""".split())
GEOGRAPHIC_FIRST_WORDS = frozenset("Gulf Cape Lake Mount Bay Isle".split())
