# Dates as the CEC writes them in English: "July 17, 2024" (Django's default abbreviates months).
DATE_FORMAT = "F j, Y"
