require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    payload = json message: 'OK'
    # Rack parses the Range header: nil when there is none or Rack cannot read it (ignored),
    # [] when no range is satisfiable (it starts past the end of the representation).
    ranges = Rack::Utils.byte_ranges(env, payload.bytesize)
    if ranges&.empty?
        status 416
        headers 'Content-Range' => "bytes */#{payload.bytesize}"
        return json message: 'Range Not Satisfiable'
    end
    return payload unless ranges&.length == 1 # the whole representation, 200
    range = ranges.first
    status 206
    headers 'Content-Range' => "bytes #{range.begin}-#{range.end}/#{payload.bytesize}"
    payload.byteslice(range)
end
