"""The egenkontroll report (plan, årshjul, completion, brister) as PDF."""
