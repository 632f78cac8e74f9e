from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    body = jsonify({"message": "Partial Content"}).get_data()
    # One satisfiable byte range gets 206 with exactly those bytes; anything else
    # gets the whole representation with 200 (a server may ignore Range).
    byte_range = request.range.range_for_length(len(body)) if request.range else None
    if byte_range is None:
        return body, 200, {'Content-Type': 'application/json'}
    start, stop = byte_range
    return body[start:stop], 206, {
        'Content-Type': 'application/json',
        'Content-Range': f'bytes {start}-{stop - 1}/{len(body)}',
    }
