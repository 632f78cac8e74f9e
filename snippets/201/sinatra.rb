require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 201
    headers 'Location' => 'https://example.com/endpoint/42'
    json message: 'Created'
end
