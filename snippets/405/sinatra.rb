require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 405
    headers 'Allow' => 'POST'
    json message: 'Method Not Allowed'
end
