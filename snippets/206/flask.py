from flask import Flask, abort, jsonify, request

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Partial Content"})
    size = len(response.get_data())
    response.accept_ranges = 'bytes'
    # request.range is Werkzeug's parsed Range header: None when there is none or
    # it is malformed. One byte range is served; another unit or several ranges
    # get the whole representation with 200 (a server may ignore Range).
    byte_range = request.range
    if byte_range and byte_range.units == 'bytes' and len(byte_range.ranges) == 1:
        span = byte_range.range_for_length(size)
        if span is None:
            # Not one byte of the representation is in the range: 416, whose
            # Content-Range: bytes */<length> tells the client what it can ask for.
            abort(416, length=size)
        start, stop = span
        response.set_data(response.get_data()[start:stop])
        response.status_code = 206
        response.headers['Content-Range'] = byte_range.to_content_range_header(size)
    return response
