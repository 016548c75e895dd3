"""One factory module per page type; the demo loader and the tests share them."""
