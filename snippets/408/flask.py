from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    # The connection is the server's business: WSGI forbids an app to send
    # Connection (PEP 3333), and Werkzeug (`flask run`) says Connection: close
    # and closes after every response.
    return jsonify({"message": "Request Timeout"}), 408
