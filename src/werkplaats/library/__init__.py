"""The knowledge library: products that projects make and others can use, how they build on
each other and who adopted them."""
