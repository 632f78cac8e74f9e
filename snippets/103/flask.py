# Python (Flask) cannot return 103 Early Hints correctly: WSGI has no interim-response API and Werkzeug's server (`flask run`) offers none; only gunicorn 25+ adds one, `environ['wsgi.early_hints']`
