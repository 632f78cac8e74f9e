require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 303
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'See Other'
end
