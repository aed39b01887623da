"""三方联席秘书台: the secretariat desktop app of a development-zone trade union."""

__version__ = "0.1.0"
APP_NAME = "tripartite"
APP_AUTHOR = "TripartiteSecretariat"
