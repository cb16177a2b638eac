"""PDF:er för läkemedelstillsyn: protokollet per tillsyn och årsöversikten."""
