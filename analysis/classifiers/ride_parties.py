"""The words a ride's or a delivery's parties are named with (read by ``others.py``): a
courier's, a passenger's, a rider's or a driver's record in an analytics event's properties,
what a rider's app shows of the driver assigned, and the words that say a request is the
rider's side of a trip or a driver's own app (QA28, QA29, QA34, QA90, QA91 and their reviews).
"""

from __future__ import annotations

# A courier's record (its name beside it) in an analytics event's properties: what the user
# viewed in a customer's app, the courier's name, phone and position (QA29: a "Courier Map
# Viewed" event); not a courier app's own call about its user's shift (QA28)
# ...and so is a passenger's, a rider's or a driver's, a teacher's or a host's in such an event
# (a driver app's "trip_accepted" with the passenger's first name, QA34): the user is described
# by an event's user properties, not by a role object inside its parameters
COURIERS = frozenset({"courier", "couriers", "deliverer", "dasher", "passenger", "passengers",
                      "rider", "riders", "driver", "drivers", "teacher", "teachers", "tutor",
                      "instructor", "host", "seller"})
COURIER_STEMS = ("courier", "deliverer", "dasher", "passenger", "rider", "driver", "teacher",
                 "tutor", "instructor", "host", "seller")
DRIVERS = frozenset({"driver", "courier", "captain", "chauffeur", "motorista", "conductor",
                     "chofer", "fahrer"})
DRIVER_STEMS = ("driver", "courier", "captain", "chauffeur", "motorista", "conductor", "chofer",
                "fahrer")
DRIVERS_OWN = frozenset({"plate", "plat", "licenseplate", "licenceplate", "vehicleplate",
                         "numberplate", "platenumber", "rating", "photourl", "photo", "avatar",
                         "relayphone", "maskedphone", "proxyphone", "eta", "etas", "vehicle",
                         "car", "carmodel", "vehiclemodel"})
USERS_AS_DRIVERS = frozenset({"dob", "dateofbirth", "birthdate", "birthday", "email",
                              "licencenumber", "licensenumber", "licenceno", "licenseno",
                              "driverslicense", "driverlicense", "gender", "maritalstatus",
                              "policy", "policyid", "trip", "trips", "duty", "hos", "shift",
                              "earnings", "available", "availability", "odometer", "online"})
# ...only in a rider's request (a trip, a pickup, a rider beside it), not a driver's or a
# courier's own app's call (the QA90 review: a courier app's ping, a carpool driver's ride)
RIDERS_SIDE = frozenset({"rider", "riderid", "passenger", "passengerid", "pickup", "dropoff",
                         "trip", "tripid", "tripstate", "ride", "rideid", "customer",
                         "customerid", "booking", "bookingid", "order", "orderid"})
DRIVERS_APPS = frozenset({"driver", "drivers", "courier", "couriers", "captain", "captains",
                          "fleet", "carpool", "dispatch"})
# ...or the trip named by the call alone ("/v1/trips/T1/rating", "/tips": the QA91 review)
RIDERS_CALLS = frozenset({"trip", "trips", "ride", "rides", "rating", "ratings", "tip", "tips"})
# ...but another party the user reports (an insurance claim's "other_driver": blind26 labels
# the name and phone the user gives)
PARTIES = frozenset({"other", "third", "party", "claimant", "witness", "involved"})
# ...what a rider's app shows of the driver assigned (QA90's "driver_assigned" event)
DRIVERS_SHOWN = frozenset({"driverrating", "driverphoto", "driverphotourl", "vehicleplate",
                           "driverplate", "drivereta", "etas", "eta"})
DETAIL_KEYS = frozenset({"name", "phone", "lat", "lng", "lon", "latitude", "longitude",
                         "location", "position"})
