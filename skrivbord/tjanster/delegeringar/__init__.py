"""Delegeringar: the task catalogue, the decisions and their rules, the lists, the
coverage per unit and week, and the yearly review (SOSFS 1997:14, HSLF-FS 2017:37)."""
