"""The Streamlit side of InfoView: the only package that imports streamlit."""
