require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 308
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'Permanent Redirect'
end
