"""The region's side: many kommuners aggregate exports, checked and compiled into the
län tables and the report for the samverkansråd."""
