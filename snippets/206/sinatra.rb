require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    payload = json message: 'Partial Content'
    # Rack parses the Range header: nil when there is none or Rack cannot read it (another
    # unit, a malformed value: ignored, RFC 9110 14.2), [] when no range is satisfiable.
    ranges = Rack::Utils.byte_ranges(env, payload.bytesize)
    return payload if ranges.nil? || ranges.length > 1 # the whole representation, 200
    if ranges.empty?
        status 416
        headers 'Content-Range' => "bytes */#{payload.bytesize}"
        return json message: 'Range Not Satisfiable'
    end
    range = ranges.first
    status 206
    headers 'Content-Range' => "bytes #{range.begin}-#{range.end}/#{payload.bytesize}"
    payload.byteslice(range)
end
