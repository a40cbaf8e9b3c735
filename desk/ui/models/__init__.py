"""Qt item models over core rows they are given; none of them reads the database."""
